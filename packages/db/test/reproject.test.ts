import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reprojectCases } from "../src/projections/reproject";
import { seedDemoData } from "../src/seed/seed-demo";
import { createTestDatabase, type TestDatabase, testDatabaseKinds } from "../src/testing";

/** Every projected row of every case, without the moments they were computed at. */
async function projections(db: TestDatabase) {
  const [cases, team, meetings, invitations, organisations, indicators] = await Promise.all([
    db.prisma.case.findMany({
      orderBy: { id: "asc" },
      omit: { state: true, updatedAt: true, deadlineCheckedAt: true, createdAt: true },
    }),
    db.prisma.teamMember.findMany({ orderBy: [{ caseId: "asc" }, { personId: "asc" }] }),
    db.prisma.meeting.findMany({
      orderBy: [{ caseId: "asc" }, { id: "asc" }],
      omit: { createdAt: true },
    }),
    db.prisma.caseInvitation.findMany({ orderBy: [{ caseId: "asc" }, { organisationId: "asc" }] }),
    db.prisma.caseOrganisation.findMany({
      orderBy: [{ caseId: "asc" }, { organisationId: "asc" }],
    }),
    db.prisma.caseIndicator.findMany({ orderBy: { caseId: "asc" }, omit: { computedAt: true } }),
  ]);
  return { cases, team, meetings, invitations, organisations, indicators };
}

describe.each(testDatabaseKinds())("pnpm db:reproject on %s", (kind) => {
  let db: TestDatabase;
  const now = new Date("2026-11-23T10:00:00Z");
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    await seedDemoData(db, now);
  });
  afterAll(async () => {
    await db?.destroy();
  });

  it("rebuilds every projection and indicator row from the stored states, in batches", async () => {
    const saved = await projections(db);
    expect(saved.indicators.length).toBe(saved.cases.length);
    expect(saved.team.length).toBeGreaterThan(0);

    // Break every projection: rows lost, rows wrong, rows that should not be there.
    await db.sql.exec(`
      DELETE FROM "case_indicator";
      DELETE FROM "meeting";
      DELETE FROM "case_organisation";
      UPDATE "team_member" SET "task" = 'forkert', "is_coordinator" = NOT "is_coordinator";
      UPDATE "case" SET "deadline_state" = 'missed', "status" = 'initiated';
      DELETE FROM "case_invitation";`);
    expect(await projections(db)).not.toEqual(saved);

    const batches: number[] = [];
    const result = await reprojectCases(db, {
      now,
      batchSize: 5,
      onBatch: ({ cases }) => batches.push(cases),
    });
    expect(result.cases).toBe(saved.cases.length);
    expect(result.batches).toBe(Math.ceil(saved.cases.length / 5));
    expect(batches.at(-1)).toBe(saved.cases.length);
    // Team rows were repaired in place: same ids, so rows referencing them would survive.
    expect(await projections(db)).toEqual(saved);
  });

  it("projects only the cases without an indicator row when asked (after an upgrade)", async () => {
    const [first] = await db.prisma.caseIndicator.findMany({ take: 1, orderBy: { caseId: "asc" } });
    if (!first) throw new Error("no indicator rows");
    await db.prisma.caseIndicator.delete({ where: { caseId: first.caseId } });
    const result = await reprojectCases(db, { now, onlyMissing: true });
    expect(result.cases).toBe(1);
    expect(
      await db.prisma.caseIndicator.findUnique({ where: { caseId: first.caseId } }),
    ).toMatchObject({
      caseVersion: first.caseVersion,
      status: first.status,
    });
  });
});
