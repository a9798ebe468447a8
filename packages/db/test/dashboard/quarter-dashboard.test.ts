// R12: every dashboard figure computed in SQL, checked against an independent computation
// over the domain's own indicators (caseIndicators, quarterOf) for a known set of cases —
// with quarter boundaries, New Year and both nights the clocks change in Copenhagen.
import {
  type CaseIndicators,
  type CaseState,
  caseIndicators,
  DANISH_TIME_ZONE,
  type QuarterLabel,
  quarterLabel,
  quarterOf,
} from "@samstemt/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listVisibleCases } from "../../src/case-lists/list-visible-cases";
import {
  type CurrentFigure,
  currentFigures,
  type DashboardScope,
  type DrillDownFigure,
  listDashboardCases,
  type QuarterFigure,
  quarterFigures,
  quartersEnding,
  readQuarterDashboard,
  scopedIndicatorFilterSql,
} from "../../src/dashboard/index";
import { Prisma } from "../../src/generated/prisma/client";
import {
  createTestDatabase,
  seedTestOrganisations,
  type TestDatabase,
  type TestOrganisations,
  type TestPerson,
  testDatabaseKinds,
} from "../../src/testing";
import { visibleCasesWhere } from "../../src/visibility/visible-cases-where";
import { buildDashboardCase, type DashboardCaseSpec } from "./build-dashboard-case";

const NOW = new Date("2026-11-20T10:00:00Z");
const QUARTER: QuarterLabel = "2026-Q4";
const meeting = (at: string, citizenPresent = true) => ({
  at,
  kind: "collaboration" as const,
  citizenPresent,
});

const specs: DashboardCaseSpec[] = [
  // Activated before the eight quarters: active in all of them; the other closed before them.
  {
    initiator: "region",
    initiativeAt: "2024-03-01T09:00:00Z",
    endorsedAt: "2024-03-02T09:00:00Z",
    activatedAt: "2024-03-10T09:00:00Z",
    meetings: [meeting("2024-03-20T09:00:00Z")],
  },
  {
    initiator: "municipality",
    initiativeAt: "2024-05-01T09:00:00Z",
    endorsedAt: "2024-05-02T09:00:00Z",
    activatedAt: "2024-05-10T09:00:00Z",
    meetings: [meeting("2024-05-20T09:00:00Z")],
    closed: { at: "2024-12-31T22:59:59.000Z", reason: "deceased" },
  },
  // 23:59:59.999 on 31 March in Copenhagen (summer time): still Q1; endorsed one ms later, Q2.
  {
    initiator: "region",
    initiativeAt: "2026-03-31T21:59:59.999Z",
    endorsedAt: "2026-03-31T22:00:00Z",
    activatedAt: "2026-04-02T08:00:00Z",
    meetings: [meeting("2026-04-20T08:00:00Z")],
  },
  // New Year in Copenhagen: 31 Dec 23:00 UTC is 2026-Q1; first meeting 3 Feb is after 31 Jan.
  {
    initiator: "municipality",
    initiativeAt: "2025-12-31T23:00:00Z",
    endorsedAt: "2026-01-05T09:00:00Z",
    activatedAt: "2026-01-10T09:00:00Z",
    meetings: [meeting("2026-02-03T09:00:00Z", false)],
    closed: { at: "2026-06-30T21:59:59.000Z", reason: "goal_reached" },
  },
  // Night of 29 March 2026 (clocks forward): deadline 29 April 23:59:59.999 CEST; held 00:30 on 30 April.
  {
    initiator: "region",
    initiativeAt: "2026-03-29T00:30:00Z",
    endorsedAt: "2026-03-29T01:30:00Z",
    activatedAt: "2026-03-30T08:00:00Z",
    meetings: [meeting("2026-04-29T22:30:00Z")],
    closed: { at: "2026-06-30T22:00:00Z", reason: "citizen_moved" },
  },
  // Night of 25 October 2026 (clocks back): deadline 25 Oct 23:59:59.999 CET; held 23:30 CET.
  {
    initiator: "municipality",
    initiativeAt: "2026-09-25T10:00:00Z",
    endorsedAt: "2026-09-26T10:00:00Z",
    activatedAt: "2026-09-28T10:00:00Z",
    meetings: [meeting("2026-10-25T22:30:00Z")],
    organisationalAgreement: { at: "2026-10-26T09:00:00Z", signed: true, supervision: false },
  },
  // First meeting at 00:00 on 1 October in Copenhagen: Q4, not Q3.
  {
    initiator: "region",
    initiativeAt: "2026-09-10T08:00:00Z",
    endorsedAt: "2026-09-11T08:00:00Z",
    activatedAt: "2026-09-15T08:00:00Z",
    meetings: [meeting("2026-09-30T22:00:00Z")],
    changeNoticeAt: "2026-11-01T09:00:00Z",
  },
  {
    initiator: "municipality",
    initiativeAt: "2026-07-01T08:00:00Z",
    declinedAt: "2026-07-03T08:00:00Z",
  },
  { initiator: "region", initiativeAt: "2026-10-01T08:00:00Z", declinedAt: "2026-10-02T08:00:00Z" },
  { initiator: "municipality", initiativeAt: "2026-08-15T08:00:00Z", rejectsAllHelp: true },
  { initiator: "region", initiativeAt: "2026-11-02T08:00:00Z", rejectsAllHelp: true },
  { initiator: "region", initiativeAt: "2025-05-15T08:00:00Z", rejectsAllHelp: true },
  // Deadlines: 28 Nov (within 14 days), 4 Dec (the 14th day), 5 Dec (outside).
  { initiator: "region", initiativeAt: "2026-10-28T09:00:00Z", endorsedAt: "2026-10-29T09:00:00Z" },
  { initiator: "municipality", initiativeAt: "2026-11-04T09:00:00Z" },
  { initiator: "region", initiativeAt: "2026-11-05T09:00:00Z" },
  // Overdue now: deadline 1 October (Q4), no meeting.
  {
    initiator: "municipality",
    initiativeAt: "2026-09-01T09:00:00Z",
    endorsedAt: "2026-09-02T09:00:00Z",
    activatedAt: "2026-09-08T09:00:00Z",
  },
  // Never endorsed, deadline 5 June passed.
  { initiator: "region", initiativeAt: "2026-05-05T09:00:00Z" },
  // Long-running: agreements signed with supervision, a notice, a consent lapsing 29 Nov.
  {
    initiator: "municipality",
    initiativeAt: "2025-06-02T08:00:00Z",
    endorsedAt: "2025-06-03T08:00:00Z",
    activatedAt: "2025-06-10T08:00:00Z",
    meetings: [
      meeting("2025-06-20T08:00:00Z"),
      meeting("2025-08-20T08:00:00Z", false),
      { at: "2025-09-15T08:00:00Z", kind: "preparatory", citizenPresent: false },
    ],
    organisationalAgreement: { at: "2025-06-25T08:00:00Z", signed: true, supervision: true },
    citizenAgreement: { at: "2025-06-26T08:00:00Z", signed: true },
    changeNoticeAt: "2026-10-01T08:00:00Z",
    consentGivenAt: "2025-11-29T10:00:00Z",
  },
  // Agreement drafts with fields missing; consent lapsing after the 30-day window.
  {
    initiator: "region",
    initiativeAt: "2026-02-10T08:00:00Z",
    endorsedAt: "2026-02-11T08:00:00Z",
    activatedAt: "2026-02-20T08:00:00Z",
    meetings: [meeting("2026-03-05T08:00:00Z")],
    organisationalAgreement: { at: "2026-03-06T08:00:00Z", signed: false, supervision: false },
    citizenAgreement: { at: "2026-03-06T08:00:00Z", signed: false },
    consentGivenAt: "2026-01-10T10:00:00Z",
  },
  {
    initiator: "region",
    initiativeAt: "2025-01-15T08:00:00Z",
    endorsedAt: "2025-01-16T08:00:00Z",
    activatedAt: "2025-01-25T08:00:00Z",
    meetings: [meeting("2025-02-10T08:00:00Z")],
    closed: { at: "2025-09-01T08:00:00Z", reason: "citizen_withdrew" },
  },
  {
    initiator: "municipality",
    initiativeAt: "2025-04-10T08:00:00Z",
    endorsedAt: "2025-04-14T08:00:00Z",
    activatedAt: "2025-04-20T08:00:00Z",
    meetings: [meeting("2025-05-20T08:00:00Z")],
    closed: { at: "2025-12-15T08:00:00Z", reason: "citizen_moved" },
  },
  {
    initiator: "municipality",
    initiativeAt: "2025-10-01T08:00:00Z",
    endorsedAt: "2025-10-06T08:00:00Z",
    activatedAt: "2025-10-20T08:00:00Z",
    meetings: [meeting("2025-10-30T08:00:00Z")],
    closed: { at: "2026-11-10T08:00:00Z", reason: "goal_reached" },
  },
];

// ---- The independent computation: the domain's indicators, quarters and plain JavaScript.

const ql = (at: Date | null): QuarterLabel | null => (at ? quarterLabel(quarterOf(at)) : null);
const danishDay = (at: Date) =>
  Date.parse(at.toLocaleDateString("sv-SE", { timeZone: DANISH_TIME_ZONE })) / 86_400_000;

interface Known {
  state: CaseState;
  ind: CaseIndicators;
}

function percentile(values: number[], fraction: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * fraction;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return (
    (sorted[low] as number) +
    ((sorted[high] as number) - (sorted[low] as number)) * (position - low)
  );
}

const activeIn = (k: Known, q: QuarterLabel) =>
  k.ind.activatedAt !== null &&
  (ql(k.ind.activatedAt) as string) <= q &&
  (k.ind.closedAt === null || (ql(k.ind.closedAt) as string) >= q);

const expectedQuarter: Record<QuarterFigure, (k: Known, q: QuarterLabel) => boolean> = {
  registered: (k, q) => ql(k.ind.initiativeAt) === q,
  endorsed: (k, q) => ql(k.ind.endorsedAt) === q,
  declined: (k, q) => k.ind.declined && ql(k.ind.declinedAt) === q,
  excluded: (k, q) => k.ind.excluded && ql(k.ind.excludedAt) === q,
  activated: (k, q) => ql(k.ind.activatedAt) === q,
  active: activeIn,
  closed: (k, q) => ql(k.ind.closedAt) === q,
  firstMeetingHeld: (k, q) => ql(k.ind.firstMeetingAt) === q,
  deadlineDecided: (k, q) =>
    expectedQuarter.deadlineMet(k, q) || expectedQuarter.deadlineMissed(k, q),
  deadlineMet: (k, q) =>
    ql(k.ind.deadlineAt) === q &&
    k.ind.firstMeetingAt !== null &&
    k.ind.firstMeetingAt <= (k.ind.deadlineAt as Date),
  deadlineMissed: (k, q) =>
    ql(k.ind.deadlineAt) === q &&
    (k.ind.firstMeetingAt === null
      ? (k.ind.deadlineAt as Date) < NOW
      : k.ind.firstMeetingAt > (k.ind.deadlineAt as Date)),
  sectorRegion: (k, q) => activeIn(k, q) && k.ind.sectors.includes("region"),
  sectorMunicipality: (k, q) => activeIn(k, q) && k.ind.sectors.includes("municipality"),
  sectorGeneralPractice: (k, q) => activeIn(k, q) && k.ind.sectors.includes("general_practice"),
  sectorProbationService: (k, q) => activeIn(k, q) && k.ind.sectors.includes("probation_service"),
  crossSectoral: (k, q) => activeIn(k, q) && k.ind.sectors.length >= 2,
};

const active = (k: Known) => k.ind.status === "active";
const running = (k: Known) => ["initiated", "endorsed", "active"].includes(k.ind.status);
const expectedCurrent: Record<CurrentFigure, (k: Known) => boolean> = {
  initiatedNow: (k) => k.ind.status === "initiated",
  endorsedNow: (k) => k.ind.status === "endorsed",
  activeNow: active,
  closedNow: (k) => k.ind.status === "closed",
  declinedNow: (k) => k.ind.status === "declined",
  excludedNow: (k) => k.ind.status === "excluded",
  deadlineOpen: (k) =>
    running(k) &&
    k.ind.firstMeetingAt === null &&
    k.ind.deadlineAt !== null &&
    k.ind.deadlineAt >= NOW,
  deadlineSoon: (k) =>
    running(k) &&
    k.ind.firstMeetingAt === null &&
    k.ind.deadlineAt !== null &&
    k.ind.deadlineAt >= NOW &&
    danishDay(k.ind.deadlineAt) <= danishDay(NOW) + 14,
  overdueNow: (k) =>
    running(k) &&
    k.ind.firstMeetingAt === null &&
    k.ind.deadlineAt !== null &&
    k.ind.deadlineAt < NOW,
  noCoordinator: (k) => active(k) && !k.ind.hasCoordinator,
  organisationalAgreementUnsigned: (k) => active(k) && !k.ind.organisationalAgreement.signed,
  citizenAgreementUnsigned: (k) => active(k) && !k.ind.citizenAgreement.signed,
  agreementFieldsMissing: (k) =>
    active(k) &&
    (k.ind.organisationalAgreement.missingFields > 0 || k.ind.citizenAgreement.missingFields > 0),
  noticesUnacknowledged: (k) => active(k) && k.ind.pendingAcknowledgements > 0,
  consentLapsing: (k) =>
    active(k) &&
    k.state.consents.some(
      (c) =>
        c.withdrawnAt === null &&
        c.expiresAt !== null &&
        c.expiresAt >= NOW &&
        danishDay(c.expiresAt) <= danishDay(NOW) + 30,
    ),
  supervisionYes: (k) => active(k) && k.ind.supervision === true,
  supervisionNo: (k) => active(k) && k.ind.supervision === false,
  supervisionUndecided: (k) => active(k) && k.ind.supervision === null,
  withFrequency: (k) => active(k) && k.ind.meetingsExpected !== null,
  behindFrequency: (k) =>
    active(k) && k.ind.meetingsExpected !== null && k.ind.meetingsHeld < k.ind.meetingsExpected,
  nextMeetingOverdue: (k) => active(k) && k.ind.nextMeetingOverdue,
};

const collaborationIn = (k: Known, q: QuarterLabel) =>
  k.state.meetings.filter((m) => m.kind === "collaboration" && m.heldAt && ql(m.heldAt) === q);

const leadTimeOf = {
  endorsement: ["endorsed", (i: CaseIndicators) => i.daysToEndorsement],
  activation: ["activated", (i: CaseIndicators) => i.daysToActivation],
  firstMeeting: ["firstMeetingHeld", (i: CaseIndicators) => i.daysToFirstMeeting],
} as const;

describe.each(testDatabaseKinds())("R12 quarter dashboard in SQL on %s", (kind) => {
  let db: TestDatabase;
  let orgs: TestOrganisations;
  let known: Known[];
  const unitOf = new Map<string, string>();

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    orgs = await seedTestOrganisations(db.prisma);
    for (const person of Object.values(orgs)) unitOf.set(person.id, person.unitId);
    known = [];
    for (const spec of specs) {
      const state = await buildDashboardCase(db.prisma, orgs, spec, NOW);
      known.push({ state, ind: caseIndicators(state, NOW) });
    }
  }, 120_000);
  afterAll(() => db?.destroy());

  const inScope = (k: Known, scope: DashboardScope) => {
    if (scope.kind === "all") return true;
    const initiator = k.state.initiative.initiator;
    if (scope.kind === "organisation") {
      return (
        initiator.organisationId === scope.organisationId ||
        k.state.organisations.some((o) => o.organisationId === scope.organisationId)
      );
    }
    return (
      initiator.unitId === scope.unitId ||
      k.state.team.members.some((m) => unitOf.get(m.personId) === scope.unitId)
    );
  };

  async function visibleKnown(leader: TestPerson, scope: DashboardScope) {
    // Visibility through the Prisma filter the case lists use, not the dashboard's SQL.
    const visible = new Set(
      (await listVisibleCases(db, viewerOf(leader), { limit: 10_000 })).map((row) => row.caseId),
    );
    return known.filter((k) => visible.has(k.state.caseId) && inScope(k, scope));
  }

  const viewerOf = (person: TestPerson) => ({
    personId: person.id,
    role: person.role,
    unitId: person.unitId,
    organisationId: person.organisationId,
  });

  const scopesOf = (leader: TestPerson): DashboardScope[] => [
    { kind: "all" },
    { kind: "organisation", organisationId: leader.organisationId },
    { kind: "unit", unitId: leader.unitId },
  ];

  it("the seeded cases reach every figure the test relies on", () => {
    const all = (q: QuarterLabel, f: QuarterFigure) =>
      known.filter((k) => expectedQuarter[f](k, q)).length;
    // The clock-change and boundary cases land where Danish time puts them.
    expect(all("2026-Q1", "registered")).toBe(4);
    expect(all("2026-Q2", "endorsed")).toBe(1);
    expect(all("2026-Q2", "deadlineMissed")).toBe(2);
    expect(all("2026-Q4", "deadlineMet")).toBe(2);
    expect(all("2026-Q4", "firstMeetingHeld")).toBe(2);
    expect(all("2026-Q2", "closed")).toBe(1);
    expect(all("2026-Q3", "closed")).toBe(1);
    for (const figure of currentFigures.filter((f) => f !== "noCoordinator")) {
      expect(known.filter(expectedCurrent[figure]).length, figure).toBeGreaterThan(0);
    }
  });

  for (const who of ["regionLeader", "municipalityLeader"] as const) {
    it(`every figure for the ${who}, in every scope and quarter of the trend, matches`, async () => {
      const leader = orgs[who];
      for (const scope of scopesOf(leader)) {
        const cases = await visibleKnown(leader, scope);
        const dashboard = await readQuarterDashboard(db, viewerOf(leader), {
          quarter: QUARTER,
          scope,
          now: NOW,
        });
        const quarters = quartersEnding(QUARTER, 8);
        expect(dashboard.trend.map((row) => row.quarter)).toEqual(quarters);
        for (const row of dashboard.trend) {
          const q = row.quarter;
          const expected = Object.fromEntries(
            quarterFigures.map((f) => [f, cases.filter((k) => expectedQuarter[f](k, q)).length]),
          );
          expect(row.counts, `${who} ${scope.kind} ${q}`).toEqual(expected);
          for (const [name, [figure, days]] of Object.entries(leadTimeOf)) {
            const values = cases
              .filter((k) => expectedQuarter[figure](k, q))
              .map((k) => days(k.ind) as number);
            const got = row.leadTimes[name as keyof typeof leadTimeOf];
            if (values.length === 0) {
              expect(got, `${q} ${name}`).toEqual({ median: null, p90: null });
            } else {
              expect(got.median, `${q} ${name} median`).toBeCloseTo(
                percentile(values, 0.5) as number,
                9,
              );
              expect(got.p90, `${q} ${name} p90`).toBeCloseTo(percentile(values, 0.9) as number, 9);
            }
          }
          const held = cases.flatMap((k) => collaborationIn(k, q));
          expect(row.collaborationMeetings).toBe(held.length);
          expect(row.collaborationMeetingsWithCitizen).toBe(
            held.filter((m) => m.citizenPresent === true).length,
          );
        }
        const expectedNow = Object.fromEntries(
          currentFigures.map((f) => [f, cases.filter(expectedCurrent[f]).length]),
        );
        expect(dashboard.current.counts).toEqual(expectedNow);
        const framed = cases.filter(expectedCurrent.withFrequency);
        expect(dashboard.current.meetingsHeld).toBe(
          framed.reduce((s, k) => s + k.ind.meetingsHeld, 0),
        );
        expect(dashboard.current.meetingsExpected).toBe(
          framed.reduce((s, k) => s + (k.ind.meetingsExpected ?? 0), 0),
        );
        const reasons = new Map<string, number>();
        for (const k of cases.filter((k) => expectedQuarter.closed(k, QUARTER))) {
          reasons.set(
            k.ind.closingReason as string,
            (reasons.get(k.ind.closingReason as string) ?? 0) + 1,
          );
        }
        expect(new Map(dashboard.closingReasons.map((r) => [r.reason, r.count]))).toEqual(reasons);
      }
    });
  }

  it("the cases behind each figure are the ones counted (drill-down), for 2026-Q2 and 2026-Q4", async () => {
    const leader = orgs.regionLeader;
    const cases = await visibleKnown(leader, { kind: "all" });
    for (const quarter of ["2026-Q2", "2026-Q4"] as const) {
      const figures: DrillDownFigure[] = [
        ...quarterFigures,
        ...currentFigures,
        "meetingWithoutCitizen",
      ];
      for (const figure of figures) {
        const listed = await listDashboardCases(db, viewerOf(leader), {
          quarter,
          scope: { kind: "all" },
          figure,
          now: NOW,
        });
        const expected = cases.filter((k) =>
          figure === "meetingWithoutCitizen"
            ? collaborationIn(k, quarter).some((m) => m.citizenPresent !== true)
            : figure in expectedQuarter
              ? expectedQuarter[figure as QuarterFigure](k, quarter)
              : expectedCurrent[figure as CurrentFigure](k),
        );
        expect(listed.map((row) => row.caseId).sort(), `${quarter} ${figure}`).toEqual(
          expected.map((k) => k.state.caseId).sort(),
        );
      }
    }
    const missed = await listDashboardCases(db, viewerOf(leader), {
      quarter: "2026-Q2",
      scope: { kind: "all" },
      figure: "deadlineMissed",
      now: NOW,
    });
    // The night the clocks went forward: 00:30 on 30 April CEST is one day late.
    expect(
      missed.some((row) => row.firstMeetingAt?.toISOString() === "2026-04-29T22:30:00.000Z"),
    ).toBe(true);
    expect(missed[0]).toMatchObject({ citizenName: expect.stringMatching(/^Borger /) });
  });

  it("the quarter query's filter on indicator rows is the case lists' visibility, in every scope", async () => {
    const filtered = async (person: TestPerson, scope: DashboardScope) =>
      (
        await db.prisma.$queryRaw<{ id: string }[]>(
          Prisma.sql`SELECT i."case_id" AS "id" FROM "case_indicator" i
            WHERE ${scopedIndicatorFilterSql(viewerOf(person), scope, Prisma.sql`i`)}`,
        )
      )
        .map((row) => row.id)
        .sort();
    // The scopes as Prisma relation filters: started in the unit (one of the organisation's
    // units), the organisation taking part, one of the unit's people on the team now.
    const scopeWhere = (scope: DashboardScope): Prisma.CaseWhereInput => {
      if (scope.kind === "all") return {};
      if (scope.kind === "organisation") {
        return {
          OR: [
            { initiatorUnit: { organisationId: scope.organisationId } },
            { organisations: { some: { organisationId: scope.organisationId } } },
          ],
        };
      }
      return {
        OR: [
          { initiatorUnitId: scope.unitId },
          { members: { some: { leftAt: null, person: { unitId: scope.unitId } } } },
        ],
      };
    };
    const expected = async (person: TestPerson, scope: DashboardScope) =>
      (
        await db.prisma.case.findMany({
          where: { AND: [visibleCasesWhere(viewerOf(person)), scopeWhere(scope)] },
          select: { id: true },
        })
      )
        .map((row) => row.id)
        .sort();
    const scopes: DashboardScope[] = [
      { kind: "all" },
      { kind: "organisation", organisationId: orgs.regionLeader.organisationId },
      { kind: "organisation", organisationId: orgs.municipalityLeader.organisationId },
      { kind: "unit", unitId: orgs.regionStaff.unitId },
      { kind: "unit", unitId: orgs.municipalityStaff.unitId },
    ];
    let selected = 0;
    for (const person of Object.values(orgs)) {
      const all = await filtered(person, { kind: "all" });
      const listed = (await listVisibleCases(db, viewerOf(person), { limit: 10_000 }))
        .map((row) => row.caseId)
        .sort();
      expect(all, person.username).toEqual(listed);
      for (const scope of scopes) {
        const ids = await filtered(person, scope);
        expect(ids, `${person.username} ${JSON.stringify(scope)}`).toEqual(
          await expected(person, scope),
        );
        selected += ids.length;
      }
    }
    // Not vacuous: the filter selects cases, and not all of them for everyone.
    expect(selected).toBeGreaterThan(0);
    expect(selected).toBeLessThan(Object.values(orgs).length * scopes.length * known.length);
  });

  it("an analyst sees no case in any figure", async () => {
    const dashboard = await readQuarterDashboard(db, viewerOf(orgs.analyst), {
      quarter: QUARTER,
      scope: { kind: "all" },
      now: NOW,
    });
    expect(dashboard.trend.every((row) => Object.values(row.counts).every((n) => n === 0))).toBe(
      true,
    );
    expect(Object.values(dashboard.current.counts).every((n) => n === 0)).toBe(true);
  });
});
