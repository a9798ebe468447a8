// Alerts whose condition has ended are marked done: they stay listed, leave the unread
// count, are not e-mailed, and come back if the condition holds again.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  listCasesWithOpenAlerts,
  markAlertsDone,
  openAlertKeysOfCase,
} from "../src/notifications/alert-endings";
import { markNotificationsRead, notificationsFor } from "../src/notifications/my-notifications";
import { type NewNotification, raiseNotifications } from "../src/notifications/raise-notifications";
import {
  createTestCase,
  createTestDatabase,
  seedTestOrganisations,
  type TestDatabase,
  type TestOrganisations,
  testDatabaseKinds,
} from "../src/testing";

const texts = (title: string) => ({
  da: { title, body: "Tekst" },
  en: { title, body: "Text" },
});

describe.each(testDatabaseKinds())("alerts marked done on %s", (kind) => {
  let db: TestDatabase;
  let orgs: TestOrganisations;
  let caseId: string;
  let otherCaseId: string;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    orgs = await seedTestOrganisations(db.prisma);
    const initiativeAt = new Date("2026-11-02T09:00:00Z");
    caseId = (await createTestCase(db, { initiator: orgs.municipalityStaff, initiativeAt })).caseId;
    otherCaseId = (await createTestCase(db, { initiator: orgs.municipalityStaff, initiativeAt }))
      .caseId;
  });
  afterAll(async () => {
    await db?.destroy();
  });

  const alert = (personId: string, key: string, onCase = caseId): NewNotification => ({
    personId,
    conditionKey: key,
    kind: "deadline.approaching",
    caseId: onCase,
    dueAt: null,
    texts: texts(key),
  });
  const unreadOf = async (personId: string) =>
    (await notificationsFor(db, personId, { limit: 100, unreadOnly: false, language: "da" }))
      .unread;

  it("leaves the unread count for every recipient, stays listed with when it ended, and is not e-mailed", async () => {
    const staff = orgs.municipalityStaff.id;
    const leader = orgs.municipalityLeader.id;
    await raiseNotifications(db, [
      alert(staff, "a:1"),
      alert(leader, "a:1"),
      alert(staff, "a:2"),
      // Keys name their case; this only shows the case is part of what is marked.
      alert(orgs.regionStaff.id, "a:1", otherCaseId),
    ]);
    expect((await openAlertKeysOfCase(db, caseId)).sort()).toEqual(["a:1", "a:2"]);
    expect(await unreadOf(staff)).toBe(2);
    expect(await unreadOf(leader)).toBe(1);

    const at = new Date("2026-11-20T10:00:00Z");
    // Only this case's alerts with the key: the other case's "a:1" is another condition.
    expect(await markAlertsDone(db, caseId, ["a:1"], at)).toBe(2);
    expect(await unreadOf(staff)).toBe(1);
    expect(await unreadOf(leader)).toBe(0);
    expect(await unreadOf(orgs.regionStaff.id)).toBe(1);
    expect(await openAlertKeysOfCase(db, caseId)).toEqual(["a:2"]);

    const mine = await notificationsFor(db, staff, {
      limit: 100,
      unreadOnly: false,
      language: "da",
    });
    const done = mine.items.find((item) => item.caseId === caseId && item.title === "a:1");
    expect(done).toMatchObject({ readAt: null, doneAt: at });
    const unreadOnly = await notificationsFor(db, staff, {
      limit: 100,
      unreadOnly: true,
      language: "da",
    });
    expect(unreadOnly.items.map((item) => [item.title, item.doneAt])).toEqual([["a:2", null]]);

    const emails = await db.prisma.notification.findMany({
      where: { caseId, conditionKey: "a:1" },
      select: { emailStatus: true },
    });
    expect(emails.map((row) => row.emailStatus)).toEqual(["skipped", "skipped"]);
    // Marking done twice changes nothing; marking all read leaves done ones alone.
    expect(await markAlertsDone(db, caseId, ["a:1"], at)).toBe(0);
    expect(await markNotificationsRead(db, leader, null, at)).toBe(0);
  });

  it("an e-mail already sent stays sent", async () => {
    const staff = orgs.municipalityLeader.id;
    await raiseNotifications(db, [alert(staff, "b:1")]);
    await db.prisma.notification.updateMany({
      where: { personId: staff, conditionKey: "b:1" },
      data: { emailStatus: "sent" },
    });
    await markAlertsDone(db, caseId, ["b:1"], new Date("2026-11-20T10:00:00Z"));
    const [row] = await db.prisma.notification.findMany({
      where: { personId: staff, conditionKey: "b:1" },
    });
    expect(row).toMatchObject({ emailStatus: "sent", doneAt: new Date("2026-11-20T10:00:00Z") });
  });

  it("a condition raised again after it ended is open again, without a new row", async () => {
    const staff = orgs.regionLeader.id;
    await raiseNotifications(db, [alert(staff, "c:1")]);
    await markAlertsDone(db, caseId, ["c:1"], new Date("2026-11-20T10:00:00Z"));
    expect(await unreadOf(staff)).toBe(0);
    expect(await raiseNotifications(db, [alert(staff, "c:1")])).toBe(0);
    expect(await unreadOf(staff)).toBe(1);
    expect(
      await db.prisma.notification.count({ where: { personId: staff, conditionKey: "c:1" } }),
    ).toBe(1);
  });

  it("lists the cases with open alerts a batch at a time, with their states and open keys", async () => {
    const all: string[] = [];
    let after: string | undefined;
    for (;;) {
      const batch = await listCasesWithOpenAlerts(db, { after, batchSize: 1 });
      if (batch.length === 0) break;
      expect(batch).toHaveLength(1);
      const [row] = batch;
      if (!row) break;
      expect(row.state?.caseId).toBe(row.caseId);
      all.push(row.caseId);
      if (row.caseId === caseId) expect(row.openKeys.sort()).toEqual(["a:2", "c:1"]);
      if (row.caseId === otherCaseId) expect(row.openKeys).toEqual(["a:1"]);
      after = row.caseId;
    }
    expect(all).toEqual([caseId, otherCaseId].sort());
    await markAlertsDone(db, otherCaseId, ["a:1"], new Date("2026-11-21T10:00:00Z"));
    expect((await listCasesWithOpenAlerts(db)).map((row) => row.caseId)).toEqual([caseId]);
  });
});
