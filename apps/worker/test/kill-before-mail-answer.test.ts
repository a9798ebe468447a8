import { type ChildProcess, spawn } from "node:child_process";
import { createDatabase, type Database, runMigrations } from "@samstemt/db";
import { createEmptyPostgresDatabase, testDatabaseKinds } from "@samstemt/db/testing";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alertScanJob, readWorkerSettings, startWorker } from "../src";
import { type AlertScenario, seedAlertScenario } from "./support/alert-scenario";
import { buildFixtures } from "./support/build-fixture";
import { type ReceivedMail, type SmtpSink, startSmtpSink } from "./support/smtp-sink";
import { jobCompleted, waitFor } from "./support/wait-for";

const now = new Date("2026-03-10T07:00:00Z");

// E-mail is delivered at least once, deliberately: SMTP has no way to ask a server whether
// it kept a message it never answered for. Here the mail server keeps the second e-mail but
// answers only after the worker is dead — the case where a recipient gets an alert twice.
// What makes that harmless is tested: both copies are the same message, with the same
// Message-ID (the alert's own id), so a mail program can drop the second.
describe.runIf(testDatabaseKinds().includes("postgresql"))(
  "a worker killed after the mail server took an e-mail but before it answered (PostgreSQL)",
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
    let answerHeld: () => void = () => {};

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
      // The second e-mail is received whole and kept (accepted once the hold ends), but the
      // answer is held until the sender is gone.
      smtp = await startSmtpSink({
        beforeAccept: (n) =>
          n === 2
            ? new Promise<void>((resolve) => {
                answerHeld = resolve;
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

    it("sends the unanswered e-mail again after restart, as the same message with the same Message-ID", async () => {
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
      child.kill("SIGKILL");
      expect(await exited).toBe("SIGKILL");
      // The server keeps the message it never answered for in time: it is delivered.
      answerHeld();
      await waitFor(() => smtp.accepted.length === 2, 10_000, "the held e-mail to be kept");
      const held = smtp.accepted[1];
      // The worker died before it heard back, so the alert's e-mail is still to be sent.
      expect(await database.prisma.notification.count({ where: { emailStatus: "sent" } })).toBe(1);

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
      const total = [...scenario.expected.values()].flat().length;
      try {
        await jobCompleted(worker.boss, alertScanJob.name, jobId, 90_000);
        await waitFor(() => smtp.accepted.length >= total + 1, 30_000, "every e-mail");
      } finally {
        await worker.stop();
      }

      // Exactly one e-mail came twice: the held one, byte for byte the same message.
      const byMessageId = new Map<string, ReceivedMail[]>();
      for (const mail of smtp.accepted) {
        byMessageId.set(mail.messageId, [...(byMessageId.get(mail.messageId) ?? []), mail]);
      }
      const twice = [...byMessageId.values()].filter((copies) => copies.length > 1);
      expect(twice).toHaveLength(1);
      const [first, second] = twice[0] ?? [];
      expect(first?.messageId).toBe(held?.messageId);
      expect({ ...second, headers: undefined }).toEqual({ ...first, headers: undefined });
      expect(second?.headers.get("x-samstemt-condition")).toBe(
        first?.headers.get("x-samstemt-condition"),
      );
      // The Message-ID is the alert's own id: stable across workers and restarts.
      const notificationId = /^<([^@]+)@samstemt\.invalid>$/.exec(first?.messageId ?? "")?.[1];
      expect(
        await database.prisma.notification.count({ where: { id: notificationId ?? "" } }),
      ).toBe(1);
      // Dropping duplicates by Message-ID leaves each alert once for each recipient.
      const unique = [...byMessageId.values()].map((copies) => copies[0]);
      const pairs = unique.map(
        (mail) => `${mail?.to[0]} ${mail?.headers.get("x-samstemt-condition")}`,
      );
      expect(new Set(pairs).size).toBe(total);
      expect(byMessageId.size).toBe(total);
      expect(await database.prisma.notification.count({ where: { emailStatus: "sent" } })).toBe(
        total,
      );
    });
  },
);
