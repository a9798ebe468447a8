import type { Database } from "@samstemt/db";
import { DANISH_TIME_ZONE } from "@samstemt/domain";
import PgBoss from "pg-boss";
import type { Logger } from "pino";
import { jobQueueConnection } from "./job-queue-connection";
import { allJobs } from "./jobs/all-jobs";
import type { JobDefinition } from "./jobs/job-definition";
import { allOutboxConsumers } from "./outbox/all-outbox-consumers";
import type { OutboxConsumer } from "./outbox/outbox-consumer";
import { startOutboxPoller } from "./outbox/outbox-poller";

/** Scheduled jobs run in Danish time: the domain names the zone once. */
export const JOB_TIME_ZONE = DANISH_TIME_ZONE;

export interface WorkerOptions {
  database: Database;
  logger: Logger;
  jobs?: JobDefinition[];
  now?: () => Date;
  /** How often an idle worker asks for new jobs and new outbox events. */
  pollingIntervalSeconds?: number;
  outboxConsumers?: OutboxConsumer[];
}

export interface RunningWorker {
  boss: PgBoss;
  /** Puts a job on the queue now, as the schedule would. */
  runNow(name: string): Promise<string | null>;
  /** Delivers every outbox event waiting now; returns how many were handled. */
  drainOutbox(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Starts the reporting worker: the job queue, its schedules and a handler per job, and the
 * outbox consumers (inside the server process on embedded PGlite, so the server needs no
 * change to deliver events).
 */
export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  const { database, logger } = options;
  const jobs = options.jobs ?? allJobs;
  const now = options.now ?? (() => new Date());
  const boss = new PgBoss({ db: jobQueueConnection(database.sql), schema: "pgboss" });
  boss.on("error", (error) => logger.error({ err: error }, "job queue error"));
  await boss.start();
  for (const job of jobs) {
    await boss.createQueue(job.name);
    await boss.work(
      job.name,
      { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 },
      async () => {
        const started = Date.now();
        const result = await job.run(database, now);
        logger.info({ job: job.name, ms: Date.now() - started, result }, "job done");
      },
    );
    await boss.schedule(job.name, job.cron, {}, { tz: JOB_TIME_ZONE });
  }
  const consumers = options.outboxConsumers ?? allOutboxConsumers;
  const outbox = startOutboxPoller({
    database,
    consumers,
    logger,
    now,
    pollingIntervalMs: (options.pollingIntervalSeconds ?? 2) * 1000,
  });
  logger.info(
    { jobs: jobs.map((job) => job.name), outbox: consumers.map((consumer) => consumer.name) },
    "worker started",
  );
  return {
    boss,
    runNow: (name) => boss.send(name, {}),
    drainOutbox: () => outbox.drain(),
    async stop() {
      await outbox.stop();
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}
