// The demo's quarter history: two years of cases through the domain, so the leader
// dashboard's trend (R12) has something to show; seeded once, by the demo seed, closed
// before the previous quarter so nothing the rest of the demo shows changes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { currentQuarterLabel, readQuarterDashboard } from "../../src/dashboard/index";
import { demoCases } from "../../src/seed/demo-cases";
import { demoQuarterHistory, seedQuarterHistory } from "../../src/seed/quarter-history";
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

  it("the demo seed adds the closed history once; all of it ended before the previous quarter", async () => {
    expect(demoQuarterHistory.length).toBeGreaterThanOrEqual(20);
    expect(await db.prisma.case.count()).toBe(demoCases.length + demoQuarterHistory.length);
    expect(await seedQuarterHistory(db, now, demoQuarterHistory)).toEqual({ seeded: 0 });
    expect(await seedDemoData(db, now)).toEqual({ seeded: false });
    expect(await db.prisma.case.count()).toBe(demoCases.length + demoQuarterHistory.length);
    // Closing is each history case's last step: before the last finished quarter began, so
    // that quarter (its report) and the current one count only the demo's own cases.
    const previousQuarterStart = new Date("2026-07-01T00:00:00+02:00");
    const history = await db.prisma.case.findMany({
      where: { reasonText: "Historiske demodata til ledelsesoverblikket." },
      select: { status: true, closedAt: true },
    });
    expect(history).toHaveLength(demoQuarterHistory.length);
    for (const row of history) {
      expect(row.status).toBe("closed");
      expect(row.closedAt?.getTime()).toBeLessThan(previousQuarterStart.getTime());
    }
  });

  it("fills all eight quarters of a demo leader's trend", async () => {
    const dashboard = await readQuarterDashboard(db, await viewer("lene"), {
      quarter: currentQuarterLabel(now),
      scope: { kind: "all" },
      now,
    });
    expect(dashboard.trend.filter((row) => row.counts.registered > 0).length).toBe(8);
    expect(dashboard.trend.filter((row) => row.counts.closed > 0).length).toBeGreaterThanOrEqual(4);
    expect(dashboard.trend.some((row) => row.counts.deadlineMissed > 0)).toBe(true);
    expect(dashboard.trend.some((row) => row.collaborationMeetings > 0)).toBe(true);
    expect(dashboard.trend.some((row) => row.leadTimes.firstMeeting.median !== null)).toBe(true);
  });

  async function viewer(username: string) {
    const person = await db.prisma.person.findUniqueOrThrow({
      where: { username },
      include: { unit: true },
    });
    return {
      personId: person.id,
      role: person.role,
      unitId: person.unitId,
      organisationId: person.unit.organisationId,
    };
  }
});
