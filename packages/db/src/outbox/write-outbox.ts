import type { Prisma } from "../generated/prisma/client";

/**
 * One outbox row per saved event and registered consumer, in the caller's transaction — so
 * an event is in the outbox exactly when the change that caused it is committed.
 */
export async function writeOutbox(
  tx: Prisma.TransactionClient,
  eventIds: readonly bigint[],
): Promise<void> {
  if (eventIds.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "outbox" ("consumer", "event_id")
    SELECT c."name", e.id::bigint
    FROM "outbox_consumer" c
    CROSS JOIN jsonb_array_elements_text(${JSON.stringify(eventIds.map(String))}::jsonb) AS e(id)`;
}
