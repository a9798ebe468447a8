import { type Database, deliverOutboxBatch } from "@samstemt/db";
import type { Logger } from "pino";
import type { OutboxConsumer } from "./outbox-consumer";

export interface OutboxPollerOptions {
  database: Pick<Database, "prisma">;
  consumers: OutboxConsumer[];
  logger: Logger;
  now: () => Date;
  pollingIntervalMs: number;
  batchSize?: number;
}

export interface OutboxPoller {
  /** Delivers until no consumer has anything left; returns how many events were handled. */
  drain(): Promise<number>;
  /** Stops polling and waits for the batch in progress to commit. */
  stop(): Promise<void>;
}

/**
 * Polls the outbox for each consumer: a full batch is followed at once by the next, an empty
 * one waits `pollingIntervalMs`. Several workers may poll the same consumers: FOR UPDATE
 * SKIP LOCKED hands each row to one of them.
 */
export function startOutboxPoller(options: OutboxPollerOptions): OutboxPoller {
  const { database, consumers, logger, now } = options;
  const batchSize = options.batchSize ?? 50;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> = Promise.resolve(0);

  const deliverRound = async (): Promise<{ handled: number; full: boolean }> => {
    let handled = 0;
    let full = false;
    for (const consumer of consumers) {
      const report = await deliverOutboxBatch(
        database,
        consumer.name,
        (event, tx) => consumer.handle(event, tx, now),
        { batchSize },
      );
      if (report.failed > 0) logger.warn({ consumer: consumer.name, ...report }, "outbox failures");
      handled += report.handled;
      full ||= report.handled + report.failed === batchSize;
    }
    return { handled, full };
  };

  const drainOnce = async (): Promise<number> => {
    let total = 0;
    for (;;) {
      const round = await deliverRound();
      total += round.handled;
      if (!round.full || stopped) return total;
    }
  };

  const tick = () => {
    running = running
      .then(drainOnce)
      .catch((error: unknown) => {
        logger.error({ err: error }, "outbox delivery failed");
        return 0;
      })
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, options.pollingIntervalMs);
      });
  };
  tick();

  return {
    drain() {
      running = running.then(drainOnce);
      return running;
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running.catch(() => 0);
    },
  };
}
