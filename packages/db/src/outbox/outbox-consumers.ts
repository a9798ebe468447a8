import type { Database } from "../client/database";

/** The worker's consumer that keeps each case's indicator row fresh as its events arrive. */
export const INDICATOR_REFRESH_CONSUMER = "indicators.refresh";

/**
 * Registers a consumer of the outbox. Every event saved from now on gets an outbox row for
 * it; events saved before are not delivered to it (a new consumer that needs history reads
 * case_event itself, or is registered by a migration that copies the rows it needs).
 */
export async function registerOutboxConsumer(
  database: Pick<Database, "prisma">,
  name: string,
): Promise<void> {
  await database.prisma.outboxConsumer.upsert({ where: { name }, create: { name }, update: {} });
}

export interface OutboxBacklog {
  pending: number;
  handled: number;
  /** Pending rows whose handler has thrown at least once. */
  failing: number;
}

/** What a consumer has left to do: for health checks and tests. */
export async function outboxBacklog(
  database: Pick<Database, "prisma">,
  consumer: string,
): Promise<OutboxBacklog> {
  const [pending, handled, failing] = await Promise.all([
    database.prisma.outboxMessage.count({ where: { consumer, handledAt: null } }),
    database.prisma.outboxMessage.count({ where: { consumer, handledAt: { not: null } } }),
    database.prisma.outboxMessage.count({
      where: { consumer, handledAt: null, attempts: { gt: 0 } },
    }),
  ]);
  return { pending, handled, failing };
}
