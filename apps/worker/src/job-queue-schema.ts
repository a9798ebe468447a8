import type { Database } from "@samstemt/db";
import PgBoss from "pg-boss";
import { jobQueueConnection } from "./job-queue-connection";
import type { JobDefinition } from "./jobs/job-definition";

/** The schema pg-boss keeps its tables in, beside the product's `public`. */
export const JOB_QUEUE_SCHEMA = "pgboss";

export interface QueueRetry {
  retryLimit: number;
  retryDelaySeconds: number;
}

/**
 * Creates each job's queue, or brings its retry settings up to date. pg-boss gives every
 * queue a table of its own, so *creating* one changes the schema (the owner's work, in
 * `pnpm db:migrate`); for a queue that exists both calls only write rows, which the
 * application's role may do at every start.
 */
export async function ensureQueues(
  boss: PgBoss,
  jobs: JobDefinition[],
  retry: QueueRetry,
): Promise<void> {
  for (const job of jobs) {
    const queue = {
      name: job.name,
      retryLimit: retry.retryLimit,
      retryDelay: retry.retryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: job.expireInSeconds ?? 15 * 60,
    };
    await boss.createQueue(job.name, queue);
    await boss.updateQueue(job.name, queue);
  }
}

/**
 * Installs or upgrades the job queue's schema and creates every job's queue, as the owner:
 * the part of `pnpm db:migrate` that belongs to the worker. Runs nothing.
 */
export async function installJobQueue(
  database: Database,
  jobs: JobDefinition[],
  retry: QueueRetry,
): Promise<void> {
  const boss = new PgBoss({
    db: jobQueueConnection(database.sql),
    schema: JOB_QUEUE_SCHEMA,
    migrate: true,
    supervise: false,
    schedule: false,
  });
  boss.on("error", () => {});
  await boss.start();
  try {
    await ensureQueues(boss, jobs, retry);
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}
