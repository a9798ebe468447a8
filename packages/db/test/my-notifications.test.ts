// A person's notifications as the app's badge and list read them (issue 12): their own only,
// newest first, the unread count over all of them, in their language.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { markNotificationsRead, notificationsFor } from "../src/notifications/my-notifications";
import {
  createTestDatabase,
  seedTestOrganisations,
  type TestDatabase,
  type TestOrganisations,
  testDatabaseKinds,
} from "../src/testing";

describe.each(testDatabaseKinds())("a person's notifications on %s", (kind) => {
  let db: TestDatabase;
  let orgs: TestOrganisations;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    orgs = await seedTestOrganisations(db.prisma);
  });
  afterAll(async () => {
    await db?.destroy();
  });

  const raise = (personId: string, n: number, extra: { readAt?: Date; dueAt?: Date } = {}) =>
    db.prisma.notification.create({
      data: {
        personId,
        conditionKey: `test:${n}`,
        kind: "deadline.approaching",
        createdAt: new Date(Date.UTC(2026, 10, n, 9, 30)),
        texts: {
          da: { title: `Frist ${n}`, body: "Første møde" },
          en: { title: `Deadline ${n}`, body: "First meeting" },
        },
        ...extra,
      },
    });

  it("lists their own newest first, counts all unread ones, and says it in their language", async () => {
    const me = orgs.regionStaff.id;
    const due = new Date("2026-12-01T22:59:59.999Z");
    for (const n of [1, 2, 3, 4]) await raise(me, n, n === 2 ? { dueAt: due } : {});
    await raise(me, 5, { readAt: new Date("2026-11-06T08:00:00Z") });
    await raise(orgs.municipalityStaff.id, 6);

    const firstThree = await notificationsFor(db, me, {
      limit: 3,
      unreadOnly: false,
      language: "da",
    });
    expect(firstThree.unread).toBe(4);
    expect(firstThree.items.map((item) => item.title)).toEqual(["Frist 5", "Frist 4", "Frist 3"]);
    expect(firstThree.items[0]).toMatchObject({
      kind: "deadline.approaching",
      caseId: null,
      dueAt: null,
      createdAt: new Date(Date.UTC(2026, 10, 5, 9, 30)),
      readAt: new Date("2026-11-06T08:00:00Z"),
      body: "Første møde",
    });

    const unread = await notificationsFor(db, me, { limit: 30, unreadOnly: true, language: "en" });
    expect(unread.items.map((item) => item.title)).toEqual([
      "Deadline 4",
      "Deadline 3",
      "Deadline 2",
      "Deadline 1",
    ]);
    expect(unread.items[2]?.dueAt).toEqual(due);

    expect(await markNotificationsRead(db, me, null, new Date("2026-11-30T10:00:00Z"))).toBe(4);
    expect(await notificationsFor(db, me, { limit: 30, unreadOnly: true, language: "da" })).toEqual(
      { unread: 0, items: [] },
    );
    // Someone without any: an empty list, not an error.
    expect(
      await notificationsFor(db, orgs.analyst.id, { limit: 30, unreadOnly: false, language: "da" }),
    ).toEqual({ unread: 0, items: [] });
  });
});
