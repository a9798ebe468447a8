import { type ChildProcess, spawn } from "node:child_process";
import { createDatabase, type Database, runMigrations } from "@samstemt/db";
import { createEmptyPostgresDatabase, testDatabaseKinds } from "@samstemt/db/testing";
import PgBoss from "pg-boss";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alertEmailsJob, alertScanJob, readWorkerSettings, startWorker } from "../src";
import { type AlertScenario, seedAlertScenario } from "./support/alert-scenario";
import { buildFixtures } from "./support/build-fixture";
import { type SmtpSink, startSmtpSink } from "./support/smtp-sink";
import { jobCompleted, waitFor } from "./support/wait-for";

// The stand-alone worker runs on PostgreSQL only (PGlite is one process's database).
describe.runIf(testDatabaseKinds().includes("postgresql"))(
  "the worker process on SIGTERM (PostgreSQL)",
  () => {
    let database: Database;
    let url: string;
    let drop: () => Promise<void>;
    let smtp: SmtpSink;
    let child: ChildProcess | undefined;
    let main: string;
    let scenario: AlertScenario;

    beforeAll(async () => {
      main = (await buildFixtures({ "worker-main": "src/main.ts" }))["worker-main"] as string;
      const empty = await createEmptyPostgresDatabase();
      url = empty.url;
      database = await createDatabase({ databaseUrl: url, maxConnections: 4 });
      await runMigrations(database.sql);
      drop = async () => {
        await database.close();
        await empty.drop();
      };
      // A slow mail server: each e-mail takes a second, so the job is mid-run at SIGTERM.
      smtp = await startSmtpSink({
        beforeAccept: () => new Promise((resolve) => setTimeout(resolve, 1000)),
      });
      scenario = await seedAlertScenario(database, new Date());
    });
    afterAll(async () => {
      child?.kill("SIGKILL");
      await smtp?.close();
      await drop?.();
    });

    it("finishes the e-mail in hand, stops the job at its next safe point and exits 0 within 30 s", async () => {
      child = spawn(process.execPath, [main], {
        env: { ...process.env, DATABASE_URL: url, SMTP_URL: smtp.url, LOG_LEVEL: "info" },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let log = "";
      child.stdout?.on("data", (chunk) => {
        log += chunk;
      });
      child.stderr?.on("data", (chunk) => {
        log += chunk;
      });
      const exit = new Promise<number | null>((resolve) => child?.once("exit", resolve));
      await waitFor(() => log.includes("worker started"), 60_000, `the worker to start:\n${log}`);

      const boss = new PgBoss({
        connectionString: url,
        schema: "pgboss",
        supervise: false,
        schedule: false,
      });
      await boss.start();
      const jobId = await boss.send(alertScanJob.name, {});
      await boss.stop({ graceful: false, close: true });
      await waitFor(() => smtp.arrived >= 2, 30_000, "e-mails to be on their way");

      const signalled = Date.now();
      child.kill("SIGTERM");
      expect(await exit).toBe(0);
      const took = Date.now() - signalled;
      expect(took).toBeLessThan(30_000);
      expect(log).toContain("worker stopped");

      // Everything sent so far was sent once; the rest waits, nothing is lost. (The count of
      // alerts at the real clock depends on the day's holidays, so it is read, not expected.)
      const total = await database.prisma.notification.count();
      expect(total).toBeGreaterThanOrEqual(scenario.expected.size + 2);
      const sent = await database.prisma.notification.count({ where: { emailStatus: "sent" } });
      expect(sent).toBe(smtp.accepted.length);
      expect(sent).toBeLessThan(total);

      // The next worker sends the rest, once each.
      const worker = await startWorker({
        database,
        logger: pino({ level: "silent" }),
        jobs: [alertEmailsJob],
        pollingIntervalSeconds: 0.5,
        outboxConsumers: [],
        settings: readWorkerSettings({ SMTP_URL: smtp.url }),
      });
      try {
        const scanJob = await worker.boss.getJobById(alertScanJob.name, jobId as string);
        // Finished early, released for a retry, or (behind the scan the worker runs at start)
        // never begun: left on the queue for the next worker.
        expect(["completed", "retry", "created"]).toContain(scanJob?.state);
        const id = await worker.runNow(alertEmailsJob.name);
        await jobCompleted(worker.boss, alertEmailsJob.name, id as string, 60_000);
      } finally {
        await worker.stop();
      }
      const pairs = smtp.accepted.map(
        (mail) => `${mail.to[0]} ${mail.headers.get("x-samstemt-condition")}`,
      );
      expect(pairs).toHaveLength(total);
      expect(new Set(pairs).size).toBe(total);
    });
  },
);
