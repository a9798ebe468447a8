import type { ClosingReason, InitiativeReasonCategory } from "@samstemt/domain";
import { saveCase } from "../cases/case-store";
import type { Database } from "../client/database";
import { type PrismaHandle, prismaOf, withTransaction } from "../client/transaction";
import { buildDemoCase, type DemoDirectory, demoDirectoryOf } from "./demo-case-builder";
import type { DemoCase } from "./demo-cases";
import { fictionalCpr } from "./fictional-cpr";

const HISTORY_SEED = "quarter-history";
/** Fictional CPR numbers from here on, clear of the demo seed's own. */
const CPR_OFFSET = 50_000;

const firstNames = [
  "Anne",
  "Bo",
  "Carina",
  "Dan",
  "Ellen",
  "Finn",
  "Gitte",
  "Hans",
  "Ida",
  "Jens",
  "Karina",
  "Lars",
];
const lastNames = [
  "Vestergaard",
  "Kjeldsen",
  "Bruun",
  "Damgaard",
  "Lauridsen",
  "Mikkelsen",
  "Thorsen",
  "Bach",
];
const reasons: InitiativeReasonCategory[][] = [
  ["repeated_admissions"],
  ["self_harm", "substance_abuse"],
  ["repeated_contacts_without_progress"],
  ["outward_reacting_behaviour"],
];
const closings: ClosingReason[] = [
  "goal_reached",
  "citizen_moved",
  "goal_reached",
  "citizen_withdrew",
];
/** Initiator (staff) and a colleague from another sector for the team. */
const pairs: [string, string][] = [
  ["mads", "jonas"],
  ["jonas", "mads"],
  ["ali", "sofie"],
  ["camilla", "jonas"],
  ["sofie", "ali"],
  ["lars", "mads"],
  ["nadia", "mads"],
];

/**
 * Two years of made-up cases behind the leader dashboard's trend (R12): every two weeks an
 * initiative, most activated across two sectors, some first meetings late (R9), some
 * citizens absent (R8), older cases closed. Deterministic from `count` alone.
 */
export function quarterHistoryCases(
  count = 48,
  options: {
    /** Close every case that is not declined or excluded, at least this many days ago. */
    closedBeforeDaysAgo?: number;
  } = {},
): DemoCase[] {
  return Array.from({ length: count }, (_, i): DemoCase => {
    const [initiator, colleague] = pairs[i % pairs.length] as [string, string];
    const initiativeDaysAgo = 40 + i * 14;
    const citizen = `${firstNames[i % firstNames.length]} ${lastNames[(i * 5) % lastNames.length]}`;
    const base = {
      citizen,
      initiator,
      initiativeDaysAgo,
      reasons: reasons[i % reasons.length] as InitiativeReasonCategory[],
      reasonText: "Historiske demodata til ledelsesoverblikket.",
    };
    if (i % 9 === 4) return { ...base, status: "excluded" };
    if (i % 9 === 7) return { ...base, status: "declined", declineReason: "Ikke i målgruppen" };
    const endorsedAfterDays = 1 + (i % 4);
    const activatedAfterDays = endorsedAfterDays + 2 + (i % 7);
    // Every fourth first meeting comes after the one-month deadline.
    const firstMeeting = activatedAfterDays + (i % 4 === 1 ? 30 : 8 + ((i * 7) % 15));
    const { closedBeforeDaysAgo } = options;
    const closes = closedBeforeDaysAgo !== undefined || (initiativeDaysAgo > 300 && i % 3 !== 2);
    // Closed by the given day (staggered), else after five to nine months.
    const latestClose =
      closedBeforeDaysAgo === undefined
        ? Number.POSITIVE_INFINITY
        : initiativeDaysAgo - closedBeforeDaysAgo - (i % 3) * 15;
    const closedAfterDays = closes
      ? Math.min(initiativeDaysAgo - 5, 150 + (i % 5) * 20, latestClose)
      : undefined;
    const meetings = [firstMeeting, firstMeeting + 35, firstMeeting + 70]
      .filter((day) => day < (closedAfterDays ?? initiativeDaysAgo - 1))
      .map((day, n) => ({
        kind: "collaboration" as const,
        heldAfterDays: day,
        citizenPresent: (i + n) % 3 !== 0,
      }));
    return {
      ...base,
      status: closes ? "closed" : "active",
      endorsedAfterDays,
      activatedAfterDays,
      members: [
        { username: initiator, task: "Kontaktperson", coordinator: true },
        { username: colleague, task: "Behandler" },
      ],
      meetings,
      ...(closes && {
        closedAfterDays,
        closing: { reason: closings[i % closings.length] as ClosingReason, note: null },
      }),
    };
  });
}

async function demoDirectory(tx: PrismaHandle): Promise<DemoDirectory> {
  const rows = await tx.person.findMany({
    where: { demo: true },
    include: { unit: { include: { organisation: true } } },
  });
  return demoDirectoryOf(
    new Map(
      rows.map((row) => [
        row.username,
        {
          personId: row.id,
          name: row.name,
          organisationId: row.unit.organisationId,
          unitId: row.unitId,
          sector: row.unit.organisation.sector,
          role: row.role,
          email: row.email,
          phone: row.phone ?? "",
        },
      ]),
    ),
  );
}

/** Days a case must have been closed for: before the previous Danish quarter began (≤ 184 days ago). */
const HISTORIC_AFTER_DAYS = 185;

/**
 * The history the demo seed adds: only the cases closed before the previous quarter began.
 * Everything they did lies in the trend's earlier quarters, so the current and the last
 * quarter (the quarterly report), the staff app's open cases, tasks and alerts stay exactly
 * the demo's own; the closed cases show only under "Vis også lukkede sager" and in search.
 */
export const demoQuarterHistory: readonly DemoCase[] = quarterHistoryCases(48, {
  closedBeforeDaysAgo: HISTORIC_AFTER_DAYS,
}).filter((demo) => demo.status === "closed" && (demo.closedAfterDays ?? 0) >= 45);

/**
 * Adds the quarter history to a database that already has the demo people (seedDemoData),
 * once: a second call finds its marker row and does nothing. Returns how many cases it added.
 */
export async function seedQuarterHistory(
  database: Pick<Database, "prisma">,
  now = new Date(),
  cases: readonly DemoCase[] = quarterHistoryCases(),
): Promise<{ seeded: number }> {
  if (await database.prisma.seedRun.findUnique({ where: { name: HISTORY_SEED } })) {
    return { seeded: 0 };
  }
  return withTransaction(
    database,
    async (transaction) => {
      const tx = prismaOf(transaction);
      await tx.seedRun.create({ data: { name: HISTORY_SEED, runAt: now } });
      const people = await demoDirectory(tx);
      for (const [index, demo] of cases.entries()) {
        const cpr = fictionalCpr(CPR_OFFSET + index);
        // Closed cases of the past: checked against the CPR register long ago.
        const citizen = await tx.citizen.create({
          data: { name: demo.citizen, cpr, confirmedCpr: cpr, registerCheckedAt: now },
        });
        const { state, events } = buildDemoCase(demo, citizen.id, people, now);
        await saveCase(tx, { state, events, expectedVersion: null, now });
      }
      return { seeded: cases.length };
    },
    { timeoutMs: 120_000 },
  );
}
