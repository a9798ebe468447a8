import {
  createTestCase,
  createTestDatabase,
  seedTestOrganisations,
  type TestDatabase,
  type TestOrganisations,
  testDatabaseKinds,
} from "@samstemt/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, systemCaller } from "./fixtures";

const now = new Date("2026-03-20T12:00:00Z");

describe.each(testDatabaseKinds())("cases, dashboard and deadlines on %s", (kind) => {
  let db: TestDatabase;
  let orgs: TestOrganisations;
  let openCase: { caseId: string; citizenId: string };
  let overdueCase: { caseId: string; citizenId: string };

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    orgs = await seedTestOrganisations(db.prisma);
    // Initiative 10 Mar → deadline 10 Apr: open, 21 days left on 20 Mar.
    openCase = await createTestCase(db.prisma, {
      initiator: orgs.regionStaff,
      initiativeAt: new Date("2026-03-10T09:00:00Z"),
    });
    // Initiative 31 Jan → deadline 28 Feb (R9 clamps to the month's last day): overdue.
    overdueCase = await createTestCase(db.prisma, {
      initiator: orgs.municipalityStaff,
      initiativeAt: new Date("2026-01-31T09:00:00Z"),
      endorsedBy: orgs.municipalityLeader,
      activation: {
        leaders: [orgs.municipalityLeader, orgs.regionLeader],
        members: [orgs.municipalityStaff, orgs.regionStaff],
        coordinator: orgs.municipalityStaff,
      },
    });
    // Met: held 20 days after the initiative.
    await createTestCase(db.prisma, {
      initiator: orgs.municipalityStaff,
      initiativeAt: new Date("2026-02-01T09:00:00Z"),
      endorsedBy: orgs.municipalityLeader,
      activation: {
        leaders: [orgs.municipalityLeader, orgs.regionLeader],
        members: [orgs.municipalityStaff, orgs.regionLeader],
        coordinator: orgs.municipalityStaff,
      },
      collaborationHeldAt: new Date("2026-02-21T09:00:00Z"),
    });
  });
  afterAll(async () => {
    await db?.destroy();
  });

  it("refuses anonymous callers", async () => {
    const anonymous = await callerFor(db, null, now);
    await expect(anonymous.cases.mine()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("shows staff only the cases they initiated or are on the team of", async () => {
    const regionStaff = await callerFor(db, orgs.regionStaff, now);
    const mine = await regionStaff.cases.mine();
    expect(mine.map((row) => row.id).sort()).toEqual([openCase.caseId, overdueCase.caseId].sort());
    const open = mine.find((row) => row.id === openCase.caseId);
    expect(open?.deadline).toMatchObject({ state: "open", daysLeft: 21, approaching: false });
    const overdue = mine.find((row) => row.id === overdueCase.caseId);
    expect(overdue?.deadline?.state).toBe("overdue");
    expect(overdue?.coordinatorName).toContain("kommunemedarbejder");
  });

  it("writes an audit entry for every citizen shown", async () => {
    const regionStaff = await callerFor(db, orgs.regionStaff, now);
    await regionStaff.cases.mine();
    const entries = await db.sql.query<{ citizen_id: string }>(
      "SELECT citizen_id FROM audit_entry WHERE person_id = $1 AND action = 'case.list.read'",
      [orgs.regionStaff.id],
    );
    expect(new Set(entries.map((entry) => entry.citizen_id))).toEqual(
      new Set([openCase.citizenId, overdueCase.citizenId]),
    );
  });

  it("lets a leader see their unit's initiatives and their organisation's team cases (R5, R6)", async () => {
    const leader = await callerFor(db, orgs.municipalityLeader, now);
    const seen = (await leader.cases.mine()).map((row) => row.id);
    // Not the region's open initiative: the municipality takes no part in it.
    expect(seen).toHaveLength(2);
    expect(seen).toContain(overdueCase.caseId);
    expect(seen).not.toContain(openCase.caseId);
    const analyst = await callerFor(db, orgs.analyst, now);
    expect(await analyst.cases.mine()).toEqual([]);
  });

  it("gives leaders deadline figures computed from the database (R9, R12)", async () => {
    const leader = await callerFor(db, orgs.municipalityLeader, now);
    const summary = await leader.dashboard.summary();
    expect(summary.totalCases).toBe(2);
    expect(summary.byStatus.active).toBe(2);
    expect(summary.deadline).toMatchObject({ met: 1, overdue: 1, open: 0 });
    expect(summary.metShare).toBe(1);
  });

  it("keeps the dashboard from staff and analysts", async () => {
    const staff = await callerFor(db, orgs.regionStaff, now);
    await expect(staff.dashboard.summary()).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("lets only the system caller recompute deadlines, and stores the new states", async () => {
    const staff = await callerFor(db, orgs.regionStaff, now);
    await expect(staff.deadlines.recompute()).rejects.toMatchObject({ code: "FORBIDDEN" });
    const result = await systemCaller(db, now).deadlines.recompute();
    expect(result.checked).toBe(3);
    const [stored] = await db.sql.query<{ deadline_state: string; deadline_checked_at: Date }>(
      'SELECT deadline_state, deadline_checked_at FROM "case" WHERE id = $1',
      [overdueCase.caseId],
    );
    expect(stored?.deadline_state).toBe("overdue");
    expect(new Date(stored?.deadline_checked_at ?? 0).toISOString()).toBe(now.toISOString());
    // A second run finds nothing new.
    expect((await systemCaller(db, now).deadlines.recompute()).changed).toBe(0);
  });
});
