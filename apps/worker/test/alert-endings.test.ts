import { randomUUID } from "node:crypto";
import { caseStateForAlerts } from "@samstemt/db";
import type { TestDatabase, TestPerson } from "@samstemt/db/testing";
import { createTestDatabase, testDatabaseKinds } from "@samstemt/db/testing";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alertScanJob, type RunningWorker, readWorkerSettings, startWorker } from "../src";
import { type AlertScenario, callerFor, seedAlertScenario } from "./support/alert-scenario";
import { jobCompleted } from "./support/wait-for";

const DAY = 86_400_000;
const start = new Date("2026-03-10T07:00:00Z");

/** What the badge counts, and which kinds are done, for one person. */
async function alertsOf(db: TestDatabase, person: TestPerson, now: Date) {
  const mine = await (await callerFor(db, person, now)).notifications.mine({ limit: 100 });
  return {
    unread: mine.unread,
    done: mine.items.filter((item) => item.doneAt !== null).map((item) => item.kind),
  };
}

async function stateOf(db: TestDatabase, caseId: string) {
  const state = await caseStateForAlerts(db, caseId);
  if (!state) throw new Error(`no case ${caseId}`);
  return state;
}

// An alert whose condition ended is marked done and leaves the unread count: at once, by the
// outbox consumer, when an event ended it; by the daily scan for what time ends, or what the
// consumer did not see.
describe.each(testDatabaseKinds())("alerts whose condition ended, on %s", (kind) => {
  describe("ended by an event, as it arrives", () => {
    let db: TestDatabase;
    let worker: RunningWorker;
    let scenario: AlertScenario;
    const now = start;

    beforeAll(async () => {
      db = await createTestDatabase(kind);
      scenario = await seedAlertScenario(db, now);
      worker = await startWorker({
        database: db,
        logger: pino({ level: "silent" }),
        jobs: [alertScanJob],
        now: () => now,
        pollingIntervalSeconds: 0.5,
        settings: readWorkerSettings({}),
      });
      const id = await worker.runNow(alertScanJob.name);
      await jobCompleted(worker.boss, alertScanJob.name, id as string);
      await worker.drainOutbox();
    });
    afterAll(async () => {
      await worker?.stop();
      await db?.destroy();
    });

    it("R13: the reminder ends for everyone told of it when the last member acknowledges", async () => {
      const { orgs, caseIds } = scenario;
      expect((await alertsOf(db, orgs.regionLeader, now)).unread).toBe(3);
      const state = await stateOf(db, caseIds.active);
      const [notice] = state.changeNotices;
      await (
        await callerFor(db, orgs.municipalityStaff, now)
      ).changeNotices.acknowledgeChangeNotice({
        caseId: caseIds.active,
        expectedVersion: state.version,
        payload: { noticeId: notice?.noticeId as string },
      });
      await worker.drainOutbox();
      for (const person of [orgs.regionLeader, orgs.municipalityStaff, orgs.municipalityLeader]) {
        const alerts = await alertsOf(db, person, now);
        expect(alerts.done).toEqual(["changeNotice.unacknowledged"]);
        expect(alerts.unread).toBe(2);
      }
    });

    it("R4: the lapse warning ends when the consent is renewed", async () => {
      const { orgs, caseIds } = scenario;
      const state = await stateOf(db, caseIds.active);
      await (await callerFor(db, orgs.regionStaff, now)).consent.recordConsent({
        caseId: caseIds.active,
        expectedVersion: state.version,
        payload: {
          consentId: randomUUID(),
          method: "written",
          purpose: "other",
          organisationIds: [orgs.regionStaff.organisationId, orgs.municipalityStaff.organisationId],
          givenAt: new Date(now.getTime() - DAY),
          expiresAt: null,
          note: null,
        },
      });
      await worker.drainOutbox();
      const leader = await alertsOf(db, orgs.regionLeader, now);
      expect(leader.done.sort()).toEqual(["changeNotice.unacknowledged", "consent.expiring"]);
      expect(leader.unread).toBe(1);
    });

    it("R5, R9: the deadline alerts end when the initiative is declined, or the case closed", async () => {
      const { orgs, caseIds } = scenario;
      const approaching = await stateOf(db, caseIds.approaching);
      await (await callerFor(db, orgs.regionLeader, now)).initiative.declineInitiative({
        caseId: caseIds.approaching,
        expectedVersion: approaching.version,
        payload: { reason: "Borgeren har fået et andet tilbud" },
      });
      const overdue = await stateOf(db, caseIds.overdue);
      await (await callerFor(db, orgs.municipalityLeader, now)).closing.closeCase({
        caseId: caseIds.overdue,
        expectedVersion: overdue.version,
        payload: { reason: "other", note: "Borgeren er flyttet" },
      });
      await worker.drainOutbox();
      for (const person of [orgs.regionStaff, orgs.regionLeader]) {
        expect(await alertsOf(db, person, now)).toMatchObject({ unread: 0 });
      }
      for (const person of [orgs.municipalityStaff, orgs.municipalityLeader]) {
        const alerts = await alertsOf(db, person, now);
        expect(alerts.done.sort()).toEqual([
          "changeNotice.unacknowledged",
          "consent.expiring",
          "deadline.overdue",
        ]);
        expect(alerts.unread).toBe(0);
      }
      // The next scan raises none of them again.
      const id = await worker.runNow(alertScanJob.name);
      const job = await jobCompleted(worker.boss, alertScanJob.name, id as string);
      expect(job.output).toMatchObject({ raised: 0, ended: 0 });
      expect(await db.prisma.notification.count({ where: { doneAt: null } })).toBe(0);
    });
  });

  describe("ended by time, or unseen by the outbox consumer: the daily scan", () => {
    let db: TestDatabase;
    let worker: RunningWorker;
    let scenario: AlertScenario;
    let now = start;
    const runScan = async () => {
      const id = await worker.runNow(alertScanJob.name);
      return (await jobCompleted(worker.boss, alertScanJob.name, id as string)).output as {
        raised: number;
        ended: number;
      };
    };

    beforeAll(async () => {
      db = await createTestDatabase(kind);
      scenario = await seedAlertScenario(db, start);
      worker = await startWorker({
        database: db,
        logger: pino({ level: "silent" }),
        jobs: [alertScanJob],
        now: () => now,
        pollingIntervalSeconds: 0.5,
        // No consumer: what ends alerts here is the scan alone.
        outboxConsumers: [],
        settings: readWorkerSettings({}),
      });
      await runScan();
    });
    afterAll(async () => {
      await worker?.stop();
      await db?.destroy();
    });

    it("R9: 'approaching' is done once the deadline has passed, and 'overdue' is raised", async () => {
      const { orgs } = scenario;
      now = new Date(start.getTime() + 8 * DAY);
      const result = await runScan();
      expect(result.ended).toBe(2);
      const staff = await alertsOf(db, orgs.regionStaff, now);
      expect(staff.done).toEqual(["deadline.approaching"]);
      expect(staff.unread).toBe(1);
    });

    it("every alert of a case closed meanwhile is done at the next scan, though no longer running", async () => {
      const { orgs, caseIds } = scenario;
      const active = await stateOf(db, caseIds.active);
      await (await callerFor(db, orgs.municipalityStaff, now)).closing.closeCase({
        caseId: caseIds.active,
        expectedVersion: active.version,
        payload: { reason: "other", note: "Samarbejdet er ikke længere nødvendigt" },
      });
      const open = () =>
        db.prisma.notification.count({ where: { caseId: caseIds.active, doneAt: null } });
      expect(await open()).toBe(6);
      const result = await runScan();
      expect(result.ended).toBe(6);
      expect(await open()).toBe(0);
      expect((await alertsOf(db, orgs.municipalityLeader, now)).done.sort()).toEqual([
        "changeNotice.unacknowledged",
        "consent.expiring",
      ]);
    });
  });
});
