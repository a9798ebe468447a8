import {
  createTestCase,
  seedTestOrganisations,
  type TestDatabase,
  testDatabaseKinds,
} from "@samstemt/db/testing";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { JOB_TIME_ZONE, type RunningWorker, recomputeDeadlinesJob, startWorker } from "../src";
import { createWorkerTestDatabase } from "./support/test-database";

async function waitFor<T>(
  probe: () => Promise<T | null | undefined>,
  timeoutMs = 30_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe.each(testDatabaseKinds())("the reporting worker on %s", (kind) => {
  let db: TestDatabase;
  let worker: RunningWorker;
  let caseId: string;

  beforeAll(async () => {
    db = await createWorkerTestDatabase(kind);
    const orgs = await seedTestOrganisations(db.prisma);
    // Initiative on 1 Jan 2026, deadline 1 Feb 2026; stored as `open` when it was saved.
    const created = await createTestCase(db.prisma, {
      initiator: orgs.regionStaff,
      initiativeAt: new Date("2026-01-01T10:00:00Z"),
    });
    caseId = created.caseId;
    const stored = await db.prisma.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(stored.deadlineState).toBe("open");
    worker = await startWorker({
      database: db,
      logger: pino({ level: "silent" }),
      now: () => new Date("2026-03-01T12:00:00Z"),
      pollingIntervalSeconds: 0.5,
      // The outbox consumer would refresh the case too: this test is about the scheduled job.
      outboxConsumers: [],
    });
  });
  afterAll(async () => {
    await worker?.stop();
    await db?.destroy();
  });

  it("schedules the deadline job in Danish time", async () => {
    const schedules = await worker.boss.getSchedules();
    expect(schedules).toContainEqual(
      expect.objectContaining({
        name: recomputeDeadlinesJob.name,
        cron: recomputeDeadlinesJob.cron,
        timezone: JOB_TIME_ZONE,
      }),
    );
  });

  it("marks a case overdue when the job runs (R9)", async () => {
    expect(await worker.runNow(recomputeDeadlinesJob.name)).toBeTruthy();
    const updated = await waitFor(async () => {
      const row = await db.prisma.case.findUniqueOrThrow({ where: { id: caseId } });
      return row.deadlineState === "overdue" ? row : null;
    });
    expect(updated.deadlineCheckedAt?.toISOString()).toBe("2026-03-01T12:00:00.000Z");
  });
});
