import type { Database } from "../client/database";
import type { Prisma } from "../generated/prisma/client";

/** A domain event as a consumer receives it, from case_event. */
export interface OutboxEvent {
  /** case_event.id: with the consumer's name, the idempotency key of any effect outside the database. */
  id: bigint;
  caseId: string;
  caseVersion: number;
  type: string;
  occurredAt: Date;
  payload: unknown;
}

/** The transaction a handler runs in: its database effects commit with the handled mark, or not at all. */
export type OutboxTransaction = Prisma.TransactionClient;

export type OutboxHandler = (event: OutboxEvent, tx: OutboxTransaction) => Promise<void>;

export interface DeliveryOptions {
  batchSize?: number;
  /** How long a batch may hold its rows before PostgreSQL's transaction is abandoned. */
  batchTimeoutMs?: number;
  /** Back-off before a failed event is tried again, growing with each attempt. */
  retryDelaySeconds?: (attempts: number) => number;
}

export interface DeliveryReport {
  handled: number;
  failed: number;
}

interface ClaimedRow {
  event_id: bigint;
  attempts: number;
  case_id: string;
  case_version: number;
  type: string;
  occurred_at: Date;
  payload: unknown;
}

const defaultRetryDelay = (attempts: number) => Math.min(3600, 5 * 2 ** attempts);

/**
 * Delivers one batch of a consumer's outbox rows, at least once, each event handled once:
 *
 *   BEGIN;
 *   SELECT … FROM outbox o JOIN case_event e ON e.id = o.event_id
 *     WHERE o.consumer = $1 AND o.handled_at IS NULL AND o.available_at <= now()
 *     ORDER BY o.event_id LIMIT $2
 *     FOR UPDATE OF o SKIP LOCKED;          -- other workers of this consumer skip these rows
 *   -- per event: SAVEPOINT; handler(event, tx); RELEASE (or ROLLBACK TO and count the attempt)
 *   UPDATE outbox SET handled_at = now() WHERE consumer = $1 AND event_id IN (…handled…);
 *   COMMIT;
 *
 * The handler's database effects and the mark commit together. A worker that dies before
 * COMMIT leaves nothing behind: its locks go with its connection and the next worker takes
 * the same rows. Locks are per consumer row, so consumers never wait for one another.
 */
export async function deliverOutboxBatch(
  database: Pick<Database, "prisma">,
  consumer: string,
  handle: OutboxHandler,
  options: DeliveryOptions = {},
): Promise<DeliveryReport> {
  const batchSize = options.batchSize ?? 50;
  const retryDelay = options.retryDelaySeconds ?? defaultRetryDelay;
  return database.prisma.$transaction(
    async (tx) => {
      const claimed = await tx.$queryRaw<ClaimedRow[]>`
        SELECT o."event_id", o."attempts", e."case_id", e."case_version", e."type",
          e."occurred_at", e."payload"
        FROM "outbox" o JOIN "case_event" e ON e."id" = o."event_id"
        WHERE o."consumer" = ${consumer} AND o."handled_at" IS NULL AND o."available_at" <= now()
        ORDER BY o."event_id"
        LIMIT ${batchSize}
        FOR UPDATE OF o SKIP LOCKED`;
      const handled: bigint[] = [];
      let failed = 0;
      for (const row of claimed) {
        const event: OutboxEvent = {
          id: row.event_id,
          caseId: row.case_id,
          caseVersion: row.case_version,
          type: row.type,
          occurredAt: row.occurred_at,
          payload: row.payload,
        };
        // A savepoint per event: one failing event must not undo the others' effects.
        await tx.$executeRaw`SAVEPOINT outbox_event`;
        try {
          await handle(event, tx);
          await tx.$executeRaw`RELEASE SAVEPOINT outbox_event`;
          handled.push(row.event_id);
        } catch (error) {
          await tx.$executeRaw`ROLLBACK TO SAVEPOINT outbox_event`;
          failed += 1;
          const message = error instanceof Error ? error.message : String(error);
          await tx.$executeRaw`
            UPDATE "outbox" SET "attempts" = "attempts" + 1, "last_error" = ${message.slice(0, 2000)},
              "available_at" = now() + make_interval(secs => ${retryDelay(row.attempts + 1)})
            WHERE "consumer" = ${consumer} AND "event_id" = ${row.event_id}`;
        }
      }
      if (handled.length > 0) {
        await tx.$executeRaw`
          UPDATE "outbox" SET "handled_at" = now()
          WHERE "consumer" = ${consumer} AND "handled_at" IS NULL
            AND "event_id" IN (SELECT jsonb_array_elements_text(${JSON.stringify(handled.map(String))}::jsonb)::bigint)`;
      }
      return { handled: handled.length, failed };
    },
    { timeout: options.batchTimeoutMs ?? 60_000, maxWait: 30_000 },
  );
}
