import type { Database } from "@samstemt/db";
import PgBoss from "pg-boss";
import type { Logger } from "pino";
import { jobQueueConnection } from "./job-queue-connection";
import { allJobs } from "./jobs/all-jobs";
import type { JobDefinition } from "./jobs/job-definition";

export const JOB_TIME_ZONE = "Europe/Copenhagen";

export interface WorkerOptions {
  database: Database;
  logger: Logger;
  jobs?: JobDefinition[];
  now?: () => Date;
  /** How often an idle worker asks for new jobs. */
  pollingIntervalSeconds?: number;
}

export interface RunningWorker {
  boss: PgBoss;
  /** Puts a job on the queue now, as the schedule would. */
  runNow(name: string): Promise<string | null>;
  stop(): Promise<void>;
}

/** Starts the reporting worker: the job queue, its schedules and a handler per job. */
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
  logger.info({ jobs: jobs.map((job) => job.name) }, "worker started");
  return {
    boss,
    runNow: (name) => boss.send(name, {}),
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}
