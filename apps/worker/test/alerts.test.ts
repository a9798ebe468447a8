import type { TestDatabase } from "@samstemt/db/testing";
import { createTestDatabase, testDatabaseKinds } from "@samstemt/db/testing";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ALERTS_FIND_CONSUMER,
  alertEmailsJob,
  alertScanJob,
  type RunningWorker,
  readWorkerSettings,
  startWorker,
} from "../src";
import { type AlertScenario, callerFor, seedAlertScenario } from "./support/alert-scenario";
import { type SmtpSink, startSmtpSink } from "./support/smtp-sink";
import { createWorkerTestDatabase } from "./support/test-database";
import { jobCompleted, waitFor } from "./support/wait-for";

const now = new Date("2026-03-10T07:00:00Z");

describe.each(testDatabaseKinds())("alerts in the app and by e-mail on %s", (kind) => {
  let db: TestDatabase;
  let smtp: SmtpSink;
  let worker: RunningWorker;
  let scenario: AlertScenario;

  beforeAll(async () => {
    db = await createWorkerTestDatabase(kind);
    smtp = await startSmtpSink();
    scenario = await seedAlertScenario(db, now);
    // One leader reads in English.
    await (await callerFor(db, scenario.orgs.municipalityLeader, now)).notifications.setPreferences(
      { language: "en", email: true },
    );
    worker = await startWorker({
      database: db,
      logger: pino({ level: "silent" }),
      jobs: [alertScanJob, alertEmailsJob],
      now: () => now,
      pollingIntervalSeconds: 0.5,
      settings: readWorkerSettings({
        SMTP_URL: smtp.url,
        APP_BASE_URL: "https://samstemt.example",
      }),
    });
  });
  afterAll(async () => {
    await worker?.stop();
    await smtp?.close();
    await db?.destroy();
  });

  const runScan = async () => {
    const id = await worker.runNow(alertScanJob.name);
    if (!id) throw new Error("no job id");
    return jobCompleted(worker.boss, alertScanJob.name, id);
  };

  it("e-mails the coordinator and the involved leaders once per condition, in their language (R4, R9, R13)", async () => {
    await runScan();
    const expectedCount = [...scenario.expected.values()].flat().length;
    await waitFor(() => smtp.accepted.length >= expectedCount, 30_000, "the e-mails");
    const people = await db.prisma.person.findMany({
      where: { id: { in: [...scenario.expected.keys()] } },
    });
    const byAddress = new Map(people.map((p) => [p.email, p.id]));
    const received = new Map<string, string[]>();
    for (const mail of smtp.accepted) {
      expect(mail.to).toHaveLength(1);
      const personId = byAddress.get(mail.to[0] ?? "");
      expect(personId, `mail to ${mail.to[0]}`).toBeDefined();
      const condition = mail.headers.get("x-samstemt-condition") ?? "";
      received.set(personId as string, [
        ...(received.get(personId as string) ?? []),
        condition.split(":")[0] ?? "",
      ]);
      // Nothing about the citizen goes by e-mail: no name, no CPR number; a link to the case.
      for (const name of scenario.citizenNames) expect(mail.text).not.toContain(name);
      // The case link is a UUID, which can hold six digits, a dash and four by chance (it
      // did: "…294054-0932…"): look for a CPR number in the text around it.
      expect(mail.text.replace(/https:\/\/\S+/g, "")).not.toMatch(/\d{6}-?\d{4}/);
      expect(mail.text).toMatch(/https:\/\/samstemt\.example\/sager\/[0-9a-f-]{36}/);
    }
    expect(new Map([...received].map(([person, kinds]) => [person, kinds.sort()]))).toEqual(
      scenario.expected,
    );

    const toRegionLeader = smtp.accepted.filter((m) =>
      m.to[0]?.startsWith(scenario.orgs.regionLeader.username),
    );
    expect(toRegionLeader.map((m) => m.subject).sort()).toEqual([
      "En ændringsbesked er ikke kvitteret",
      "Et samtykke udløber snart",
      "Fristen for det første samarbejdsmøde nærmer sig",
    ]);
    const deadlineMail = toRegionLeader.find((m) => m.subject.startsWith("Fristen"));
    expect(deadlineMail?.text).toContain("senest 14. marts 2026.");
    expect(deadlineMail?.text).toContain("fordi du er tovholder eller leder i sagen");
    const toEnglishLeader = smtp.accepted.filter((m) =>
      m.to[0]?.startsWith(scenario.orgs.municipalityLeader.username),
    );
    expect(toEnglishLeader.map((m) => m.subject).sort()).toEqual([
      "A change notice is not acknowledged",
      "A consent is about to lapse",
      "The deadline for the first collaboration meeting has passed",
    ]);
    expect(toEnglishLeader.find((m) => m.subject.startsWith("The deadline"))?.text).toContain(
      "should have been held by 20 February 2026.",
    );
  });

  it("never sends twice: the scan run again, the outbox consumer and the e-mail job find nothing new", async () => {
    const before = smtp.accepted.length;
    await runScan();
    // The outbox consumer finds the same conditions from the cases' events.
    await worker.drainOutbox();
    const id = await worker.runNow(alertEmailsJob.name);
    await jobCompleted(worker.boss, alertEmailsJob.name, id as string);
    expect(smtp.accepted.length).toBe(before);
    expect(smtp.arrived).toBe(before);
    const rows = await db.prisma.notification.findMany();
    expect(rows).toHaveLength(before);
    expect(rows.every((row) => row.emailStatus === "sent" && row.emailSentAt !== null)).toBe(true);
    const handled = await db.prisma.outboxMessage.count({
      where: { consumer: ALERTS_FIND_CONSUMER, handledAt: { not: null } },
    });
    expect(handled).toBeGreaterThan(0);
  });

  it("lists each person's own alerts with the unread count, and marks only their own read", async () => {
    const leader = await callerFor(db, scenario.orgs.regionLeader, now);
    const mine = await leader.notifications.mine();
    expect(mine.unread).toBe(3);
    expect(mine.items.map((item) => item.kind).sort()).toEqual([
      "changeNotice.unacknowledged",
      "consent.expiring",
      "deadline.approaching",
    ]);
    expect(mine.items.find((i) => i.kind === "consent.expiring")).toMatchObject({
      caseId: scenario.caseIds.active,
      title: "Et samtykke udløber snart",
      readAt: null,
    });
    const english = await (
      await callerFor(db, scenario.orgs.municipalityLeader, now)
    ).notifications.mine({ limit: 10, unreadOnly: true });
    expect(english.items.map((i) => i.title)).toContain("A consent is about to lapse");

    // Someone else's notification id changes nothing.
    const staff = await callerFor(db, scenario.orgs.regionStaff, now);
    const first = mine.items[0]?.id as string;
    expect(await staff.notifications.markRead({ ids: [first] })).toEqual({ marked: 0 });
    expect(await leader.notifications.markRead({ ids: [first] })).toEqual({ marked: 1 });
    const after = await leader.notifications.mine({ limit: 30, unreadOnly: true });
    expect(after.unread).toBe(2);
    expect(after.items.map((i) => i.id)).not.toContain(first);
    expect(await leader.notifications.markRead({})).toEqual({ marked: 2 });
    expect((await leader.notifications.mine()).unread).toBe(0);
  });
});

describe("alerts without e-mail configured", () => {
  let db: TestDatabase;
  let worker: RunningWorker;
  beforeAll(async () => {
    db = await createTestDatabase("pglite");
    await seedAlertScenario(db, now);
    worker = await startWorker({
      database: db,
      logger: pino({ level: "silent" }),
      jobs: [alertScanJob],
      now: () => now,
      pollingIntervalSeconds: 0.5,
      outboxConsumers: [],
      settings: readWorkerSettings({}),
    });
  });
  afterAll(async () => {
    await worker?.stop();
    await db?.destroy();
  });

  it("keeps the alerts in the app only", async () => {
    const id = await worker.runNow(alertScanJob.name);
    await jobCompleted(worker.boss, alertScanJob.name, id as string);
    const rows = await db.prisma.notification.findMany();
    expect(rows).toHaveLength(10);
    expect(rows.every((row) => row.emailStatus === "skipped" && row.readAt === null)).toBe(true);
  });
});
