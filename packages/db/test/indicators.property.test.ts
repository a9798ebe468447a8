// R12 figures two ways: SQL aggregation over the stored indicator rows, and the domain's own
// queries over the case states. Random case sets made through the domain's commands must give
// the same figures, on PGlite and on PostgreSQL.
import {
  agreedMeetingFrequency,
  agreementCompleteness,
  type CaseState,
  caseNextMeetingDue,
  currentAgreement,
  DANISH_TIME_ZONE,
  deadlineForCase,
  firstCollaborationMeetingHeldAt,
  meetingsExpected,
  participatingSectors,
  pendingAcknowledgements,
  quarterOf,
} from "@samstemt/domain";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveCase } from "../src/cases/case-store";
import { refreshTimeDependentProjections } from "../src/projections/refresh-time-dependent";
import { createTestDatabase, type TestDatabase, testDatabaseKinds } from "../src/testing";
import { type CaseScript, type Cast, caseScript, seedCast, walkCase } from "./support/random-cases";

type Counts = Record<string, number>;

interface Figures {
  byStatus: Counts;
  byInitiativeQuarter: Counts;
  endorsedByQuarter: Counts;
  firstMeetingByQuarter: Counts;
  deadline: Counts;
  metShare: number | null;
  activeWithoutCoordinator: number;
  activeWithoutSignedOrganisational: number;
  activeWithoutSignedCitizen: number;
  agreementFieldsMissing: number;
  pendingAcknowledgements: number;
  casesWithPendingAcknowledgements: number;
  closingReasons: Counts;
  bySector: Counts;
  crossSectoral: number;
  meetingsHeld: number;
  meetingsExpected: number;
  citizenPresentMeetings: number;
  nextMeetingOverdue: number;
  supervisionAgreed: number;
  medianDaysToFirstMeeting: number | null;
  p90DaysToFirstMeeting: number | null;
}

type ScalarFigures = Omit<
  Figures,
  | "byStatus"
  | "byInitiativeQuarter"
  | "endorsedByQuarter"
  | "firstMeetingByQuarter"
  | "deadline"
  | "closingReasons"
  | "bySector"
>;

const label = (at: Date) => {
  const q = quarterOf(at);
  return `${q.year}-Q${q.quarter}`;
};
const tally = (keys: Array<string | null>): Counts => {
  const counts: Counts = {};
  for (const key of keys) if (key !== null) counts[key] = (counts[key] ?? 0) + 1;
  return counts;
};
/** Danish calendar days between two instants, worked out with Intl rather than the domain. */
const danishDays = (from: Date, to: Date) => {
  const day = (at: Date) =>
    Date.parse(at.toLocaleDateString("sv-SE", { timeZone: DANISH_TIME_ZONE }));
  return Math.round((day(to) - day(from)) / 86_400_000);
};
/** percentile_disc: the first value whose cumulative share reaches p. */
const percentileDisc = (values: number[], p: number) => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? null;
};

/** The figures from the states, with the domain's queries — not through caseIndicators. */
function domainFigures(states: CaseState[], now: Date): Figures {
  const active = states.filter((s) => s.status === "active");
  const deadlines = states.map((s) =>
    deadlineForCase(
      {
        status: s.status,
        initiativeAt: s.initiative.initiativeAt,
        firstMeetingHeldAt: firstCollaborationMeetingHeldAt(s),
      },
      now,
    ),
  );
  const met = deadlines.filter((d) => d?.state === "met").length;
  const decided = met + deadlines.filter((d) => d?.state === "missed").length;
  const missing = (s: CaseState, kind: "organisational" | "citizen") => {
    const latest = s.agreements[kind].at(-1);
    return latest ? agreementCompleteness(kind, latest.content).missing.length : 0;
  };
  const firstMeetingDays = states.flatMap((s) => {
    const first = firstCollaborationMeetingHeldAt(s);
    return first ? [danishDays(s.initiative.initiativeAt, first)] : [];
  });
  return {
    byStatus: tally(states.map((s) => s.status)),
    byInitiativeQuarter: tally(states.map((s) => label(s.initiative.initiativeAt))),
    endorsedByQuarter: tally(
      states.map((s) =>
        s.endorsement?.decision === "endorsed" ? label(s.endorsement.decidedAt) : null,
      ),
    ),
    firstMeetingByQuarter: tally(
      states.map((s) => {
        const first = firstCollaborationMeetingHeldAt(s);
        return first ? label(first) : null;
      }),
    ),
    deadline: tally(deadlines.map((d) => d?.state ?? "none")),
    metShare: decided === 0 ? null : met / decided,
    activeWithoutCoordinator: active.filter((s) => s.team.coordinatorPersonId === null).length,
    activeWithoutSignedOrganisational: active.filter(
      (s) => currentAgreement(s, "organisational") === null,
    ).length,
    activeWithoutSignedCitizen: active.filter((s) => currentAgreement(s, "citizen") === null)
      .length,
    agreementFieldsMissing: states.filter(
      (s) => missing(s, "organisational") + missing(s, "citizen") > 0,
    ).length,
    pendingAcknowledgements: states.reduce((n, s) => n + pendingAcknowledgements(s).length, 0),
    casesWithPendingAcknowledgements: states.filter((s) => pendingAcknowledgements(s).length > 0)
      .length,
    closingReasons: tally(states.map((s) => s.closure?.reason ?? null)),
    bySector: tally(states.flatMap((s) => participatingSectors(s))),
    crossSectoral: states.filter((s) => participatingSectors(s).length >= 2).length,
    meetingsHeld: states.reduce((n, s) => n + s.meetings.filter((m) => m.heldAt).length, 0),
    meetingsExpected: states.reduce(
      (n, s) =>
        n +
        (meetingsExpected({
          frequency: agreedMeetingFrequency(s),
          firstMeetingAt: firstCollaborationMeetingHeldAt(s),
          until: s.closure?.closedAt ?? now,
        }) ?? 0),
      0,
    ),
    citizenPresentMeetings: states.reduce(
      (n, s) =>
        n +
        s.meetings.filter((m) => m.kind === "collaboration" && m.heldAt && m.citizenPresent).length,
      0,
    ),
    nextMeetingOverdue: active.filter((s) => caseNextMeetingDue(s, now).overdue).length,
    supervisionAgreed: states.filter((s) => {
      const content = currentAgreement(s, "organisational")?.content;
      return content && "supervision" in content && content.supervision === true;
    }).length,
    medianDaysToFirstMeeting: percentileDisc(firstMeetingDays, 0.5),
    p90DaysToFirstMeeting: percentileDisc(firstMeetingDays, 0.9),
  };
}

/** The same figures in SQL over case_indicator, as the dashboard will ask them. */
async function sqlFigures(db: TestDatabase, caseIds: string[]): Promise<Figures> {
  const ids = JSON.stringify(caseIds);
  const scope = `"case_id" IN (SELECT jsonb_array_elements_text($1::jsonb))`;
  const counts = async (expression: string, where = "TRUE"): Promise<Counts> => {
    const rows = await db.sql.query<{ key: string; n: number }>(
      `SELECT ${expression} AS key, count(*)::int AS n FROM "case_indicator"
       WHERE ${scope} AND ${where} AND ${expression} IS NOT NULL GROUP BY 1`,
      [ids],
    );
    return Object.fromEntries(rows.map((row) => [row.key, row.n]));
  };
  const [scalars] = await db.sql.query<ScalarFigures>(
    `SELECT
       (count(*) FILTER (WHERE deadline_state = 'met'))::float8
         / nullif(count(*) FILTER (WHERE deadline_state IN ('met', 'missed')), 0) AS "metShare",
       (count(*) FILTER (WHERE status = 'active' AND NOT has_coordinator))::int AS "activeWithoutCoordinator",
       (count(*) FILTER (WHERE status = 'active' AND NOT organisational_agreement_signed))::int AS "activeWithoutSignedOrganisational",
       (count(*) FILTER (WHERE status = 'active' AND NOT citizen_agreement_signed))::int AS "activeWithoutSignedCitizen",
       (count(*) FILTER (WHERE organisational_agreement_missing_fields + citizen_agreement_missing_fields > 0))::int AS "agreementFieldsMissing",
       coalesce(sum(pending_acknowledgements), 0)::int AS "pendingAcknowledgements",
       (count(*) FILTER (WHERE pending_acknowledgements > 0))::int AS "casesWithPendingAcknowledgements",
       (count(*) FILTER (WHERE sector_count >= 2))::int AS "crossSectoral",
       coalesce(sum(meetings_held), 0)::int AS "meetingsHeld",
       coalesce(sum(meetings_expected), 0)::int AS "meetingsExpected",
       coalesce(sum(citizen_present_meetings), 0)::int AS "citizenPresentMeetings",
       (count(*) FILTER (WHERE next_meeting_overdue))::int AS "nextMeetingOverdue",
       (count(*) FILTER (WHERE supervision))::int AS "supervisionAgreed",
       percentile_disc(0.5) WITHIN GROUP (ORDER BY days_to_first_meeting) AS "medianDaysToFirstMeeting",
       percentile_disc(0.9) WITHIN GROUP (ORDER BY days_to_first_meeting) AS "p90DaysToFirstMeeting"
     FROM "case_indicator" WHERE ${scope}`,
    [ids],
  );
  const sectorRows = await db.sql.query<{ key: string; n: number }>(
    `SELECT s::text AS key, count(*)::int AS n FROM "case_indicator", unnest(sectors) AS s
     WHERE ${scope} GROUP BY 1`,
    [ids],
  );
  return {
    byStatus: await counts(`status::text`),
    byInitiativeQuarter: await counts("initiative_quarter"),
    endorsedByQuarter: await counts("endorsed_quarter"),
    firstMeetingByQuarter: await counts("first_meeting_quarter"),
    deadline: await counts(`coalesce(deadline_state::text, 'none')`),
    closingReasons: await counts("closing_reason"),
    bySector: Object.fromEntries(sectorRows.map((row) => [row.key, row.n])),
    ...(scalars as ScalarFigures),
  };
}

/** A step that moves the case on (`advance` in support/random-cases.ts), a day later. */
const moveOn = { kind: 0, who: 0, other: 0, flag: true, days: 1, minutes: 60 } as const;
/**
 * R5–R10 in order: endorsed, joined, a second organisation invited and joined, activated, the
 * first meeting held within the month and the organisational agreement drafted and signed.
 */
const activeAndSigned = (initiator: number, offsetDays: number): CaseScript => ({
  initiator,
  offsetMs: offsetDays * 86_400_000,
  stance: "accepts_help",
  steps: Array.from({ length: 10 }, () => moveOn),
});
/**
 * Cases that reach what the checks after the property ask for, however the random draw falls
 * (without them those checks failed about one run in twelve on PostgreSQL's 15 runs).
 */
const coverageExample: [CaseScript[]] = [
  [
    activeAndSigned(0, 10),
    activeAndSigned(1, 100),
    activeAndSigned(2, 200),
    activeAndSigned(0, 400),
    {
      ...activeAndSigned(1, 500),
      steps: [...activeAndSigned(1, 500).steps, { ...moveOn, kind: 14 }], // then closed
    },
  ],
];

let serial = 50_000_000 + Math.floor(Math.random() * 1_000_000);

describe.each(testDatabaseKinds())("indicator rows on %s", (kind) => {
  let db: TestDatabase;
  let cast: Cast;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    cast = await seedCast(db.prisma);
  });
  afterAll(async () => {
    await db?.destroy();
  });

  it("R9/R10/R11/R12/R13: SQL over the indicator rows gives the domain's own figures", async () => {
    const seen = { active: 0, met: 0, closed: 0, signed: 0 };
    await fc.assert(
      fc.asyncProperty(fc.array(caseScript, { minLength: 1, maxLength: 8 }), async (scripts) => {
        const states: CaseState[] = [];
        let latest = 0;
        for (const script of scripts) {
          const walked = await walkCase(db.prisma, cast, script, serial++);
          const { registered, final } = walked;
          await db.prisma.$transaction((tx) =>
            saveCase(tx, { ...registered, expectedVersion: null, now: registered.at }),
          );
          if (final.state.version > registered.state.version) {
            await db.prisma.$transaction((tx) =>
              saveCase(tx, {
                ...final,
                expectedVersion: registered.state.version,
                now: final.at,
              }),
            );
          }
          states.push(final.state);
          latest = Math.max(latest, final.at.getTime());
        }
        // Figures are read some days after the last change, once the scheduled job has run.
        const now = new Date(latest + 9 * 86_400_000);
        await refreshTimeDependentProjections(db, now, { batchSize: 7 });
        const expected = domainFigures(states, now);
        expect(
          await sqlFigures(
            db,
            states.map((s) => s.caseId),
          ),
        ).toEqual(expected);
        seen.active += expected.byStatus.active ?? 0;
        seen.closed += expected.byStatus.closed ?? 0;
        seen.met += expected.deadline.met ?? 0;
        seen.signed += states.filter((s) => currentAgreement(s, "organisational")).length;
      }),
      { numRuns: kind === "pglite" ? 25 : 15, examples: [coverageExample] },
    );
    // The property says something only if the walks reach the interesting states.
    expect(seen.active).toBeGreaterThan(3);
    expect(seen.met).toBeGreaterThan(0);
    expect(seen.closed).toBeGreaterThan(0);
    expect(seen.signed).toBeGreaterThan(0);
  }, 300_000);
});
