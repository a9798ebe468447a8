import { type TestDatabase, testDatabaseKinds } from "@samstemt/db/testing";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  alertEmailsJob,
  alertScanJob,
  type JobDefinition,
  type Mailer,
  type RunningWorker,
  readWorkerSettings,
  requeueDeadLettersJob,
  startWorker,
} from "../src";
import { type AlertScenario, callerFor, seedAlertScenario } from "./support/alert-scenario";
import { createWorkerTestDatabase } from "./support/test-database";
import { waitFor } from "./support/wait-for";

const now = new Date("2026-03-10T07:00:00Z");

describe.each(testDatabaseKinds())("retries and the dead-letter list on %s", (kind) => {
  let db: TestDatabase;
  let worker: RunningWorker;
  let scenario: AlertScenario;
  let flakyRuns = 0;
  let flakyHeals = false;
  let mailServerUp = false;
  const delivered: string[] = [];

  // A job that fails until told otherwise, and a mail server that is down until told otherwise.
  const flakyJob: JobDefinition = {
    name: "test.flaky",
    cron: "0 0 1 1 *",
    async run() {
      flakyRuns += 1;
      if (!flakyHeals) throw new Error("the report store is unreachable");
      return { ok: true };
    },
  };
  const mailer: Mailer = {
    async send(message) {
      if (!mailServerUp) throw new Error("connect ECONNREFUSED 127.0.0.1:25");
      delivered.push(`${message.to} ${message.headers["X-Samstemt-Condition"]}`);
    },
    close() {},
  };

  beforeAll(async () => {
    db = await createWorkerTestDatabase(kind, { jobs: [flakyJob] });
    scenario = await seedAlertScenario(db, now);
    await db.prisma.administrator.create({ data: { personId: scenario.orgs.analyst.id } });
    worker = await startWorker({
      database: db,
      logger: pino({ level: "silent" }),
      jobs: [flakyJob, alertScanJob, alertEmailsJob, requeueDeadLettersJob],
      now: () => now,
      pollingIntervalSeconds: 0.5,
      outboxConsumers: [],
      settings: readWorkerSettings({ SMTP_URL: "smtp://127.0.0.1:25", EMAIL_MAX_ATTEMPTS: "1" }),
      mailer,
      retry: { retryLimit: 2, retryDelaySeconds: 1 },
    });
  });
  afterAll(async () => {
    await worker?.stop();
    await db?.destroy();
  });

  it("retries a failing job with back-off, then lists it for an administrator, who retries it", async () => {
    const jobId = (await worker.runNow(flakyJob.name)) as string;
    const letter = await waitFor(
      () => db.prisma.deadLetter.findFirst({ where: { source: "job", reference: jobId } }),
      60_000,
      "the dead letter",
    );
    expect(flakyRuns).toBe(3); // the first attempt and two retries
    expect(letter).toMatchObject({
      name: "test.flaky",
      attempts: 3,
      error: "the report store is unreachable",
    });

    const staff = await callerFor(db, scenario.orgs.regionLeader, now);
    await expect(staff.notifications.deadLetters()).rejects.toMatchObject({ code: "FORBIDDEN" });
    const admin = await callerFor(db, scenario.orgs.analyst, now);
    const listed = await admin.notifications.deadLetters();
    const id = String(letter.id);
    expect(listed.map((row) => row.id)).toContain(id);

    flakyHeals = true;
    expect(await admin.notifications.retryDeadLetter({ id })).toEqual({ id, retryRequested: true });
    await expect(admin.notifications.retryDeadLetter({ id })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await worker.runNow(requeueDeadLettersJob.name);
    await waitFor(() => flakyRuns === 4, 30_000, "the retried job");
    expect((await admin.notifications.deadLetters()).map((row) => row.id)).not.toContain(id);
    const audited = await db.prisma.auditEntry.findFirst({ where: { action: "deadLetter.retry" } });
    expect(audited).toMatchObject({ personId: scenario.orgs.analyst.id, details: { id } });
  });

  it("puts an e-mail that cannot be sent on the list; retried, it is sent once", async () => {
    await worker.runNow(alertScanJob.name);
    const total = [...scenario.expected.values()].flat().length;
    await waitFor(
      async () =>
        (await db.prisma.notification.count({ where: { emailStatus: "failed" } })) === total,
      30_000,
      "the e-mails to fail",
    );
    const admin = await callerFor(db, scenario.orgs.analyst, now);
    const letters = (
      await admin.notifications.deadLetters({ limit: 50, includeRetried: false })
    ).filter((row) => row.source === "email");
    expect(letters).toHaveLength(total);
    expect(letters[0]?.error).toContain("ECONNREFUSED");

    mailServerUp = true;
    const one = letters[0];
    await admin.notifications.retryDeadLetter({ id: one?.id as string });
    await worker.runNow(alertEmailsJob.name);
    await waitFor(() => delivered.length === 1, 30_000, "the retried e-mail");
    // Run the e-mail job again: the others stay on the list until retried, nothing is resent.
    await worker.runNow(alertEmailsJob.name);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(delivered).toHaveLength(1);
    const sent = await db.prisma.notification.findUniqueOrThrow({
      where: { id: one?.reference as string },
    });
    expect(sent).toMatchObject({ emailStatus: "sent", emailAttempts: 0 });
  });
});
