import { type ChildProcess, spawn } from "node:child_process";
import { createDatabase, type Database, runMigrations } from "@samstemt/db";
import { createEmptyPostgresDatabase, testDatabaseKinds } from "@samstemt/db/testing";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alertScanJob, readWorkerSettings, startWorker } from "../src";
import { type AlertScenario, seedAlertScenario } from "./support/alert-scenario";
import { buildFixtures } from "./support/build-fixture";
import { type SmtpSink, startSmtpSink } from "./support/smtp-sink";
import { jobCompleted, waitFor } from "./support/wait-for";

const now = new Date("2026-03-10T07:00:00Z");

// PGlite is one process's database, so a second worker process needs PostgreSQL.
describe.runIf(testDatabaseKinds().includes("postgresql"))(
  "a worker killed in the middle of sending alerts (PostgreSQL)",
  () => {
    let database: Database;
    let url: string;
    let drop: () => Promise<void>;
    let smtp: SmtpSink;
    let child: ChildProcess | undefined;
    let fixture: string;
    let scenario: AlertScenario;
    let secondArrived: () => void;
    const secondArrival = new Promise<void>((resolve) => {
      secondArrived = resolve;
    });
    let refuseHeld: (error: Error) => void = () => {};

    beforeAll(async () => {
      const built = await buildFixtures({ "alert-worker": "test/fixtures/alert-worker.ts" });
      fixture = built["alert-worker"] as string;
      const empty = await createEmptyPostgresDatabase();
      url = empty.url;
      database = await createDatabase({ databaseUrl: url, maxConnections: 4 });
      await runMigrations(database.sql);
      drop = async () => {
        await database.close();
        await empty.drop();
      };
      // The mail server takes the first e-mail and holds the second without answering: the
      // worker is then inside the second e-mail's transaction when it is killed.
      smtp = await startSmtpSink({
        beforeAccept: (n) =>
          n === 2
            ? new Promise<void>((_resolve, reject) => {
                refuseHeld = reject;
                secondArrived();
              })
            : Promise.resolve(),
      });
      scenario = await seedAlertScenario(database, now);
    });
    afterAll(async () => {
      child?.kill("SIGKILL");
      await smtp?.close();
      await drop?.();
    });

    it("retries the job, and every alert reaches every recipient exactly once", async () => {
      child = spawn(process.execPath, [fixture], {
        env: {
          ...process.env,
          DATABASE_URL: url,
          WORKER_NOW: now.toISOString(),
          SMTP_URL: smtp.url,
        },
        stdio: ["ignore", "pipe", "inherit"],
      });
      const exited = new Promise<NodeJS.Signals | null>((resolve) =>
        child?.once("exit", (_code, signal) => resolve(signal)),
      );
      const jobId = await new Promise<string>((resolve, reject) => {
        let output = "";
        child?.stdout?.on("data", (chunk: Buffer) => {
          output += chunk.toString();
          const match = /job ([0-9a-f-]{36})/.exec(output);
          if (match?.[1]) resolve(match[1]);
        });
        child?.once("exit", () => reject(new Error(`worker exited early: ${output}`)));
      });
      await secondArrival;
      expect(smtp.accepted).toHaveLength(1);

      child.kill("SIGKILL");
      expect(await exited).toBe("SIGKILL");
      refuseHeld(new Error("the sender is gone"));
      const afterKill = await database.prisma.notification.groupBy({
        by: ["emailStatus"],
        _count: true,
      });
      const total = [...scenario.expected.values()].flat().length;
      expect(afterKill).toEqual(
        expect.arrayContaining([
          { emailStatus: "sent", _count: 1 },
          { emailStatus: "pending", _count: total - 1 },
        ]),
      );

      // The next worker: pg-boss finds the dead worker's job expired and retries it.
      const worker = await startWorker({
        database,
        logger: pino({ level: "silent" }),
        jobs: [{ ...alertScanJob, expireInSeconds: 3, runAtStart: false }],
        now: () => now,
        pollingIntervalSeconds: 0.5,
        outboxConsumers: [],
        settings: readWorkerSettings({ SMTP_URL: smtp.url }),
        retry: { retryLimit: 2, retryDelaySeconds: 1 },
        maintenanceIntervalSeconds: 1,
      });
      try {
        const job = await jobCompleted(worker.boss, alertScanJob.name, jobId, 90_000);
        expect(job.retryCount).toBeGreaterThanOrEqual(1);
        await waitFor(() => smtp.accepted.length >= total, 30_000, "every e-mail");
      } finally {
        await worker.stop();
      }
      const pairs = smtp.accepted.map(
        (mail) => `${mail.to[0]} ${mail.headers.get("x-samstemt-condition")}`,
      );
      expect(new Set(pairs).size).toBe(pairs.length);
      expect(pairs).toHaveLength(total);
      // The held e-mail arrived once more, this time answered: one arrival was never accepted.
      expect(smtp.arrived).toBe(total + 1);
      expect(await database.prisma.notification.count({ where: { emailStatus: "sent" } })).toBe(
        total,
      );
    });
  },
);
