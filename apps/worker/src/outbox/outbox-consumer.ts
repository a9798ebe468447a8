import type { OutboxEvent, OutboxTransaction } from "@samstemt/db";

/**
 * A reader of the outbox. `handle` runs once per event in a transaction whose commit also
 * marks the event handled for this consumer; it may run again only if that transaction never
 * committed (the worker died, or the handler threw), so database effects happen once, and
 * anything sent outside the database must use `${name}:${event.id}` as its idempotency key.
 */
export interface OutboxConsumer {
  /** Registered in outbox_consumer (by a migration): only registered consumers get rows. */
  name: string;
  handle(event: OutboxEvent, tx: OutboxTransaction, now: () => Date): Promise<void>;
}
