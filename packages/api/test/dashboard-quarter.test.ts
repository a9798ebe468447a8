// R12 through the API: the quarter review and its drill-down for leaders only, scoped to
// their own organisation and units, citizens in the drill-down audited.
import {
  createTestCase,
  createTestDatabase,
  seedTestOrganisations,
  type TestDatabase,
  type TestOrganisations,
  testDatabaseKinds,
} from "@samstemt/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor } from "./fixtures";

const now = new Date("2026-05-20T10:00:00Z");

describe.each(testDatabaseKinds())("dashboard.quarter and dashboard.cases on %s", (kind) => {
  let db: TestDatabase;
  let orgs: TestOrganisations;
  let lateCaseId: string;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    orgs = await seedTestOrganisations(db.prisma);
    const activation = {
      leaders: [orgs.municipalityLeader, orgs.regionLeader],
      members: [orgs.municipalityStaff, orgs.regionStaff],
      coordinator: orgs.municipalityStaff,
    };
    // Deadline 10 April: held 20 April, late (R9). Deadline 1 May: held 25 April, on time.
    lateCaseId = (
      await createTestCase(db.prisma, {
        initiator: orgs.municipalityStaff,
        initiativeAt: new Date("2026-03-10T09:00:00Z"),
        endorsedBy: orgs.municipalityLeader,
        activation,
        collaborationHeldAt: new Date("2026-04-20T09:00:00Z"),
      })
    ).caseId;
    await createTestCase(db.prisma, {
      initiator: orgs.municipalityStaff,
      initiativeAt: new Date("2026-04-01T09:00:00Z"),
      endorsedBy: orgs.municipalityLeader,
      activation,
      collaborationHeldAt: new Date("2026-04-25T09:00:00Z"),
    });
    // Only the region sees this one (not endorsed, nobody else involved).
    await createTestCase(db.prisma, {
      initiator: orgs.regionStaff,
      initiativeAt: new Date("2026-05-02T09:00:00Z"),
    });
  });
  afterAll(() => db?.destroy());

  it("gives a leader the current quarter's figures, trend and what changed", async () => {
    const leader = await callerFor(db, orgs.municipalityLeader, now);
    const review = await leader.dashboard.quarter({});
    expect(review.quarter).toBe("2026-Q2");
    expect(review.selectableQuarters[0]).toBe("2026-Q2");
    expect(review.figures?.counts).toMatchObject({
      registered: 1,
      deadlineMet: 1,
      deadlineMissed: 1,
      firstMeetingHeld: 2,
    });
    expect(review.trend).toHaveLength(8);
    expect(review.trend.at(-1)).toMatchObject({ quarter: "2026-Q2", metShare: 0.5 });
    expect(review.trend.at(-2)).toMatchObject({ quarter: "2026-Q1", registered: 1 });
    // Q1 decided no deadline and held no first meeting: nothing to compare those with.
    expect(review.sinceLastQuarter).toEqual([]);
    const audited = await db.prisma.auditEntry.count({
      where: { action: "dashboard.quarter.read", personId: orgs.municipalityLeader.id },
    });
    expect(audited).toBe(1);
  });

  it("lists the cases behind a figure, only visible ones, and audits each citizen", async () => {
    const leader = await callerFor(db, orgs.municipalityLeader, now);
    const missed = await leader.dashboard.cases({ quarter: "2026-Q2", figure: "deadlineMissed" });
    expect(missed.cases.map((row) => row.caseId)).toEqual([lateCaseId]);
    expect(missed.cases[0]?.citizenName).toMatch(/^Testborger/);
    const audit = await db.prisma.auditEntry.findMany({
      where: { action: "dashboard.cases.read", personId: orgs.municipalityLeader.id },
    });
    expect(audit.map((entry) => entry.caseId)).toEqual([lateCaseId]);
    const registered = await leader.dashboard.cases({ quarter: "2026-Q2", figure: "registered" });
    // Registered 1 April; the region's own initiative of 2 May is not this leader's to see.
    expect(registered.cases).toHaveLength(1);
    expect(registered.cases[0]?.initiativeAt.toISOString()).toBe("2026-04-01T09:00:00.000Z");
  });

  it("narrows to the leader's own organisation or unit, and refuses another's", async () => {
    const leader = await callerFor(db, orgs.regionLeader, now);
    const own = await leader.dashboard.quarter({
      quarter: "2026-Q2",
      scope: { kind: "unit", unitId: orgs.regionLeader.unitId },
    });
    // The region's own initiative, and the case its staff member is on the team of.
    expect(own.figures?.counts.registered).toBe(2);
    expect(own.scopes.units.map((unit) => unit.id)).toEqual([orgs.regionLeader.unitId]);
    await expect(
      leader.dashboard.quarter({
        scope: { kind: "organisation", organisationId: orgs.municipalityLeader.organisationId },
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      leader.dashboard.cases({
        figure: "registered",
        scope: { kind: "unit", unitId: orgs.municipalityLeader.unitId },
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses staff, and a malformed quarter or figure as bad input", async () => {
    const staff = await callerFor(db, orgs.regionStaff, now);
    await expect(staff.dashboard.quarter({})).rejects.toMatchObject({ code: "FORBIDDEN" });
    const leader = await callerFor(db, orgs.regionLeader, now);
    await expect(leader.dashboard.quarter({ quarter: "2026-Q5" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(
      // @ts-expect-error: not a figure
      leader.dashboard.cases({ figure: "everything" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
