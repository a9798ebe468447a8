// The demo's quarter history: two years of cases through the domain, so the leader
// dashboard's trend (R12) has something to show; seeded once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { currentQuarterLabel, readQuarterDashboard } from "../../src/dashboard/index";
import { seedQuarterHistory } from "../../src/dashboard/seed-quarter-history";
import { seedDemoData } from "../../src/seed/seed-demo";
import { createTestDatabase, type TestDatabase, testDatabaseKinds } from "../../src/testing";

const now = new Date("2026-11-20T10:00:00Z");

describe.each(testDatabaseKinds())("seedQuarterHistory on %s", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    await seedDemoData(db, now);
  }, 120_000);
  afterAll(() => db?.destroy());

  it("adds two years of cases once, which fill the trend of a demo leader", async () => {
    expect(await seedQuarterHistory(db, now)).toEqual({ seeded: 48 });
    expect(await seedQuarterHistory(db, now)).toEqual({ seeded: 0 });
    const lene = await db.prisma.person.findUniqueOrThrow({
      where: { username: "lene" },
      include: { unit: true },
    });
    const dashboard = await readQuarterDashboard(
      db,
      {
        personId: lene.id,
        role: lene.role,
        unitId: lene.unitId,
        organisationId: lene.unit.organisationId,
      },
      { quarter: currentQuarterLabel(now), scope: { kind: "all" }, now },
    );
    const withInitiatives = dashboard.trend.filter((row) => row.counts.registered > 0);
    expect(withInitiatives.length).toBeGreaterThanOrEqual(6);
    expect(dashboard.trend.some((row) => row.counts.deadlineMissed > 0)).toBe(true);
    expect(dashboard.trend.some((row) => row.counts.closed > 0)).toBe(true);
    expect(dashboard.trend.some((row) => row.leadTimes.firstMeeting.median !== null)).toBe(true);
  }, 120_000);
});
