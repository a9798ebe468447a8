import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INDICATOR_REFRESH_CONSUMER, pruneHandledOutbox, registerOutboxConsumer } from "../src";
import {
  createTestCase,
  createTestDatabase,
  seedTestOrganisations,
  type TestDatabase,
  type TestOrganisations,
  testDatabaseKinds,
} from "../src/testing";

describe.each(testDatabaseKinds())("pruning the outbox on %s", (kind) => {
  let db: TestDatabase;
  let orgs: TestOrganisations;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    orgs = await seedTestOrganisations(db.prisma);
    await registerOutboxConsumer(db, "test.second");
  });
  afterAll(async () => {
    await db?.destroy();
  });

  it("keeps an event's rows until every consumer has handled it and the retention has passed", async () => {
    const created = await createTestCase(db.prisma, {
      initiator: orgs.regionStaff,
      initiativeAt: new Date("2026-01-05T09:00:00Z"),
      endorsedBy: orgs.regionLeader,
    });
    const events = await db.prisma.caseEvent.findMany({ where: { caseId: created.caseId } });
    const eventIds = events.map((event) => event.id);
    const rowsOf = () => db.prisma.outboxMessage.count({ where: { eventId: { in: eventIds } } });
    const consumers = await db.prisma.outboxConsumer.count();
    expect(await rowsOf()).toBe(eventIds.length * consumers);
    const handle = (where: object, at: Date) =>
      db.prisma.outboxMessage.updateMany({
        where: { eventId: { in: eventIds }, ...where },
        data: { handledAt: at },
      });
    const longAgo = new Date(Date.now() - 10 * 86_400_000);

    // One consumer done long ago: the others still need the rows.
    await handle({ consumer: INDICATOR_REFRESH_CONSUMER }, longAgo);
    expect(await pruneHandledOutbox(db, 0)).toBe(0);
    expect(await rowsOf()).toBe(eventIds.length * consumers);

    // All done, the last one just now: within a day's retention they stay…
    await handle({ consumer: { not: INDICATOR_REFRESH_CONSUMER } }, longAgo);
    await handle({ consumer: "test.second", eventId: eventIds[0] }, new Date());
    expect(await pruneHandledOutbox(db, 86_400)).toBe((eventIds.length - 1) * consumers);
    expect(await rowsOf()).toBe(consumers);
    // …and go once it has passed; the events themselves stay.
    expect(await pruneHandledOutbox(db, 0)).toBe(consumers);
    expect(await rowsOf()).toBe(0);
    expect(await db.prisma.caseEvent.count({ where: { caseId: created.caseId } })).toBe(
      eventIds.length,
    );
  });
});
