import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import {
  createDatabase,
  type Database,
  deliverOutboxBatch,
  INDICATOR_REFRESH_CONSUMER,
  outboxBacklog,
  runMigrations,
} from "@samstemt/db";
import {
  createEmptyPostgresDatabase,
  createTestCase,
  seedTestOrganisations,
  type TestDatabase,
  testDatabaseKinds,
} from "@samstemt/db/testing";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { indicatorRefreshConsumer, type OutboxConsumer, startWorker } from "../src";
import { createWorkerTestDatabase } from "./support/test-database";

const silent = pino({ level: "silent" });

describe.each(testDatabaseKinds())("the outbox, end to end, on %s", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createWorkerTestDatabase(kind);
  });
  afterAll(async () => {
    await db?.destroy();
  });

  it("command saved → outbox row → worker handles → indicator row fresh at the worker's clock (R9)", async () => {
    const orgs = await seedTestOrganisations(db.prisma);
    // Initiative 1 January: the R9 deadline (1 February) is still open when the case is saved.
    const created = await createTestCase(db.prisma, {
      initiator: orgs.regionStaff,
      initiativeAt: new Date("2026-01-01T10:00:00Z"),
    });
    const saved = await db.prisma.caseIndicator.findUniqueOrThrow({
      where: { caseId: created.caseId },
    });
    expect(saved.deadlineState).toBe("open");
    expect(await outboxBacklog(db, INDICATOR_REFRESH_CONSUMER)).toMatchObject({ pending: 1 });

    const workerNow = new Date("2026-02-10T08:00:00Z");
    const worker = await startWorker({
      database: db,
      logger: silent,
      jobs: [],
      now: () => workerNow,
      pollingIntervalSeconds: 0.2,
    });
    try {
      await worker.drainOutbox();
      const refreshed = await db.prisma.caseIndicator.findUniqueOrThrow({
        where: { caseId: created.caseId },
      });
      expect(refreshed).toMatchObject({ deadlineState: "overdue", computedAt: workerNow });
      expect(await outboxBacklog(db, INDICATOR_REFRESH_CONSUMER)).toEqual({
        pending: 0,
        handled: 1,
        failing: 0,
      });
      // Handled is handled: a second pass finds nothing.
      expect(await worker.drainOutbox()).toBe(0);
    } finally {
      await worker.stop();
    }
  });
});

// PGlite is one process's database, so a second worker process needs PostgreSQL.
describe.runIf(testDatabaseKinds().includes("postgresql"))(
  "a worker killed between picking and marking (PostgreSQL)",
  () => {
    let database: Database;
    let drop: () => Promise<void>;
    let url: string;
    beforeAll(async () => {
      const empty = await createEmptyPostgresDatabase();
      url = empty.url;
      database = await createDatabase({ databaseUrl: url, maxConnections: 4 });
      await runMigrations(database.sql);
      drop = async () => {
        await database.close();
        await empty.drop();
      };
    });
    afterAll(async () => {
      await drop?.();
    });

    it("leaves its events to the next worker, which handles each once; nothing is marked twice", async () => {
      const orgs = await seedTestOrganisations(database.prisma);
      const caseIds = [];
      for (const day of [1, 2, 3]) {
        const created = await createTestCase(database.prisma, {
          initiator: orgs.municipalityStaff,
          initiativeAt: new Date(`2026-01-0${day}T10:00:00Z`),
          endorsedBy: orgs.municipalityLeader,
        });
        caseIds.push(created.caseId);
      }
      const pending = await database.prisma.outboxMessage.findMany({
        where: { consumer: INDICATOR_REFRESH_CONSUMER },
        select: { eventId: true },
      });
      expect(pending).toHaveLength(6);

      const dyingNow = new Date("2026-05-05T05:05:05.000Z");
      const child = spawn(
        process.execPath,
        [fileURLToPath(new URL("./fixtures/dying-outbox-worker.mjs", import.meta.url))],
        {
          env: {
            ...process.env,
            DATABASE_URL: url,
            OUTBOX_CONSUMER: INDICATOR_REFRESH_CONSUMER,
            WORKER_NOW: dyingNow.toISOString(),
          },
          stdio: ["ignore", "pipe", "inherit"],
        },
      );
      const exited = new Promise<NodeJS.Signals | null>((resolve) =>
        child.once("exit", (_code, signal) => resolve(signal)),
      );
      const picked = await new Promise<string>((resolve, reject) => {
        let output = "";
        child.stdout.on("data", (chunk: Buffer) => {
          output += chunk.toString();
          const match = /picked (\d+)/.exec(output);
          if (match?.[1]) resolve(match[1]);
        });
        child.once("exit", () => reject(new Error(`worker exited before picking: ${output}`)));
      });
      expect(pending.map((row) => String(row.eventId))).toContain(picked);

      // While the dying worker holds its batch, another worker skips every row it locked…
      const skipped = await deliverOutboxBatch(database, INDICATOR_REFRESH_CONSUMER, async () => {
        throw new Error("must not be handed a locked row");
      });
      expect(skipped).toEqual({ handled: 0, failed: 0 });
      // …and nobody sees its uncommitted effect.
      const during = await database.prisma.caseIndicator.findMany({
        where: { computedAt: dyingNow },
      });
      expect(during).toEqual([]);

      child.kill("SIGKILL");
      expect(await exited).toBe("SIGKILL");
      expect(await outboxBacklog(database, INDICATOR_REFRESH_CONSUMER)).toEqual({
        pending: 6,
        handled: 0,
        failing: 0,
      });

      // The next worker: the real one, with the real consumer, counting what it is handed.
      const seen: bigint[] = [];
      const counting: OutboxConsumer = {
        name: indicatorRefreshConsumer.name,
        async handle(event, tx, now) {
          seen.push(event.id);
          await indicatorRefreshConsumer.handle(event, tx, now);
        },
      };
      const secondNow = new Date("2026-06-06T06:06:06.000Z");
      const worker = await startWorker({
        database,
        logger: silent,
        jobs: [],
        now: () => secondNow,
        outboxConsumers: [counting],
        pollingIntervalSeconds: 0.2,
      });
      try {
        await worker.drainOutbox();
        expect(await worker.drainOutbox()).toBe(0);
      } finally {
        await worker.stop();
      }
      expect(seen.map(String).sort()).toEqual(pending.map((row) => String(row.eventId)).sort());
      const rows = await database.prisma.outboxMessage.findMany({
        where: { consumer: INDICATOR_REFRESH_CONSUMER },
      });
      expect(rows.every((row) => row.handledAt !== null && row.attempts === 0)).toBe(true);
      const indicators = await database.prisma.caseIndicator.findMany({
        where: { caseId: { in: caseIds } },
      });
      expect(indicators.map((row) => row.computedAt)).toEqual([secondNow, secondNow, secondNow]);
    });
  },
);
