import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliverOutboxBatch } from "../src/outbox/deliver-outbox";
import {
  INDICATOR_REFRESH_CONSUMER,
  outboxBacklog,
  registerOutboxConsumer,
} from "../src/outbox/outbox-consumers";
import {
  createTestCase,
  createTestDatabase,
  seedTestOrganisations,
  type TestDatabase,
  type TestOrganisations,
  testDatabaseKinds,
} from "../src/testing";

describe.each(testDatabaseKinds())("the outbox on %s", (kind) => {
  let db: TestDatabase;
  let orgs: TestOrganisations;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    orgs = await seedTestOrganisations(db.prisma);
  });
  afterAll(async () => {
    await db?.destroy();
  });

  const someCase = (day: number) =>
    createTestCase(db.prisma, {
      initiator: orgs.regionStaff,
      initiativeAt: new Date(Date.UTC(2026, 0, day, 9)),
      endorsedBy: orgs.regionLeader,
    });

  it("gets one row per saved event for each registered consumer, none for events before it registered", async () => {
    const before = await someCase(1);
    await registerOutboxConsumer(db, "test.late");
    await registerOutboxConsumer(db, "test.late"); // registering twice changes nothing
    const after = await someCase(2);
    const rows = await db.prisma.outboxMessage.findMany({
      include: { event: { select: { caseId: true, type: true } } },
    });
    const of = (consumer: string, caseId: string) =>
      rows.filter((row) => row.consumer === consumer && row.event.caseId === caseId);
    expect(of(INDICATOR_REFRESH_CONSUMER, before.caseId)).toHaveLength(2);
    expect(of("test.late", before.caseId)).toHaveLength(0);
    expect(of("test.late", after.caseId).map((row) => row.event.type)).toEqual([
      "InitiativeRegistered",
      "InitiativeEndorsed",
    ]);
  });

  const BACK_OFF_SECONDS = 600;
  const slowBackOff = { retryDelaySeconds: (attempts: number) => attempts * BACK_OFF_SECONDS };

  it("hands each event to a consumer once, in order, and keeps a failing one for later with a back-off", async () => {
    await registerOutboxConsumer(db, "test.flaky");
    const created = await someCase(3);
    const seen: string[] = [];
    const first = await deliverOutboxBatch(
      db,
      "test.flaky",
      async (event, tx) => {
        seen.push(event.type);
        // Its effect is written in the delivery's transaction, then rolled back with the failure.
        await tx.auditEntry.create({
          data: { action: `test.${event.type}`, caseId: event.caseId },
        });
        if (event.type === "InitiativeEndorsed") throw new Error("mail server down");
      },
      slowBackOff,
    );
    expect(first).toEqual({ handled: 1, failed: 1 });
    expect(seen).toEqual(["InitiativeRegistered", "InitiativeEndorsed"]);
    expect(
      (await db.prisma.auditEntry.findMany({ where: { caseId: created.caseId } })).map(
        (entry) => entry.action,
      ),
    ).toEqual(["test.InitiativeRegistered"]);
    const failing = await db.prisma.outboxMessage.findFirstOrThrow({
      where: { consumer: "test.flaky", handledAt: null },
    });
    expect(failing).toMatchObject({ attempts: 1, lastError: "mail server down" });
    // The back-off counts from the delivery's transaction. The default first one is 10 s, which
    // a loaded CI machine can spend before the checks here and below; 10 minutes it cannot.
    expect(failing.availableAt.getTime() - Date.now()).toBeGreaterThan(BACK_OFF_SECONDS * 500);
    expect(await outboxBacklog(db, "test.flaky")).toEqual({ pending: 1, handled: 1, failing: 1 });

    // Not before its back-off: nothing to do, and the handled event is never handed again.
    const again = await deliverOutboxBatch(db, "test.flaky", async () => {
      throw new Error("must not be called");
    });
    expect(again).toEqual({ handled: 0, failed: 0 });

    await db.prisma.outboxMessage.updateMany({
      where: { consumer: "test.flaky" },
      data: { availableAt: new Date(0) },
    });
    const retried: string[] = [];
    expect(
      await deliverOutboxBatch(db, "test.flaky", async (event) => {
        retried.push(event.type);
      }),
    ).toEqual({ handled: 1, failed: 0 });
    expect(retried).toEqual(["InitiativeEndorsed"]);
  });

  it.runIf(kind === "postgresql")(
    "two workers of one consumer never get the same row (FOR UPDATE SKIP LOCKED)",
    async () => {
      await registerOutboxConsumer(db, "test.parallel");
      for (const day of [4, 5, 6]) await someCase(day);
      let release: () => void = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      const firstSeen: bigint[] = [];
      const secondSeen: bigint[] = [];
      let claimed: () => void = () => {};
      const firstClaimed = new Promise<void>((resolve) => {
        claimed = resolve;
      });
      const first = deliverOutboxBatch(
        db,
        "test.parallel",
        async (event) => {
          firstSeen.push(event.id);
          claimed();
          await held;
        },
        { batchSize: 2 },
      );
      await firstClaimed;
      const second = await deliverOutboxBatch(db, "test.parallel", async (event) => {
        secondSeen.push(event.id);
      });
      release();
      await first;
      expect(firstSeen).toHaveLength(2);
      expect(secondSeen).toHaveLength(4);
      expect(second).toEqual({ handled: 4, failed: 0 });
      expect(new Set([...firstSeen, ...secondSeen]).size).toBe(6);
      expect(await outboxBacklog(db, "test.parallel")).toEqual({
        pending: 0,
        handled: 6,
        failing: 0,
      });
    },
  );
});
