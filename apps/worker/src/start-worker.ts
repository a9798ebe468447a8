import { type Database, recordDeadLetter, registerOutboxConsumer } from "@samstemt/db";
import PgBoss from "pg-boss";
import type { Logger } from "pino";
import { CITIZEN_DOCUMENTS_CONSUMER } from "./digital-post/citizen-documents.consumer";
import type { DigitalPost } from "./digital-post/digital-post";
import { localDigitalPost } from "./digital-post/local-digital-post";
import { readWorkerSettings, type WorkerSettings } from "./env";
import { jobQueueConnection } from "./job-queue-connection";
import { ensureQueues, JOB_QUEUE_SCHEMA } from "./job-queue-schema";
import { allJobs } from "./jobs/all-jobs";
import type { JobContext, JobDefinition } from "./jobs/job-definition";
import { createMailer, type Mailer } from "./mail/mailer";
import { allOutboxConsumers } from "./outbox/all-outbox-consumers";
import type { OutboxConsumer } from "./outbox/outbox-consumer";
import { startOutboxPoller } from "./outbox/outbox-poller";
import { registerReportsOnDisk } from "./reports/register-reports-on-disk";
import { JOB_TIME_ZONE } from "./time-zone";

export { JOB_TIME_ZONE };

export interface JobRetryPolicy {
  /** Attempts after the first; after the last the job goes to the dead-letter list. */
  retryLimit: number;
  /** Seconds before the first retry; doubled for each further one (retryBackoff). */
  retryDelaySeconds: number;
}

export interface WorkerOptions {
  database: Database;
  logger: Logger;
  jobs?: JobDefinition[];
  now?: () => Date;
  /** How often an idle worker asks for new jobs and new outbox events. */
  pollingIntervalSeconds?: number;
  outboxConsumers?: OutboxConsumer[];
  /** E-mail, links, retention, retries: from the environment unless given. */
  settings?: WorkerSettings;
  /** Instead of the SMTP mailer the settings describe (tests). */
  mailer?: Mailer | null;
  /** Instead of the local adapter writing to DIGITAL_POST_DIR; null: no digital post. */
  digitalPost?: DigitalPost | null;
  retry?: Partial<JobRetryPolicy>;
  /** How often pg-boss looks for jobs whose worker died (expired) to retry them. */
  maintenanceIntervalSeconds?: number;
  /** SIGTERM: how long jobs in progress may take to finish before they are released. */
  stopTimeoutMs?: number;
}

export interface RunningWorker {
  boss: PgBoss;
  settings: WorkerSettings;
  /** Puts a job on the queue now, as the schedule would. */
  runNow(name: string): Promise<string | null>;
  /** Delivers every outbox event waiting now; returns how many were handled. */
  drainOutbox(): Promise<number>;
  /** Stops taking work; jobs in progress finish or are released (retried by another worker). */
  stop(): Promise<void>;
}

/**
 * Starts the reporting worker: the job queue, its schedules and a handler per job, and the
 * outbox consumers (inside the server process on embedded PGlite, so the server needs no
 * change to deliver events). Jobs are retried with back-off; a job that fails its last
 * attempt is put on the dead-letter list (`dead_letter`) for an administrator.
 */
export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  const { database, logger } = options;
  const settings = options.settings ?? readWorkerSettings();
  const jobs = options.jobs ?? allJobs;
  const now = options.now ?? (() => new Date());
  const mailer =
    options.mailer !== undefined
      ? options.mailer
      : createMailer(settings.smtpUrl, settings.mailFrom);
  const retry: JobRetryPolicy = {
    retryLimit: options.retry?.retryLimit ?? settings.jobRetryLimit,
    retryDelaySeconds: options.retry?.retryDelaySeconds ?? 30,
  };
  const stopping = new AbortController();
  const boss = new PgBoss({
    db: jobQueueConnection(database.sql),
    schema: JOB_QUEUE_SCHEMA,
    ...(options.maintenanceIntervalSeconds && {
      maintenanceIntervalSeconds: options.maintenanceIntervalSeconds,
    }),
  });
  boss.on("error", (error) => logger.error({ err: error }, "job queue error"));
  await boss.start().catch((error: unknown) => {
    throw jobQueueStartError(error);
  });
  const reportsFound = await registerReportsOnDisk(database, settings.reportDir);
  if (reportsFound > 0)
    logger.info({ reports: reportsFound }, "quarterly reports on disk recorded");
  const context: JobContext = {
    database,
    now,
    settings,
    mailer,
    logger,
    signal: stopping.signal,
    send: (name, data) => boss.send(name, data),
  };
  await ensureQueues(boss, jobs, retry).catch((error: unknown) => {
    throw jobQueueStartError(error);
  });
  for (const job of jobs) {
    await boss.work(
      job.name,
      { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2, includeMetadata: true },
      async ([pgJob]) => {
        const started = Date.now();
        try {
          const result = await job.run(context, pgJob?.data ?? {});
          logger.info({ job: job.name, ms: Date.now() - started, result }, "job done");
          // Kept by pg-boss as the job's output: what it did, for operators and tests.
          return result;
        } catch (error) {
          const last = pgJob !== undefined && pgJob.retryCount >= pgJob.retryLimit;
          logger.error(
            { err: error, job: job.name, retryCount: pgJob?.retryCount, last },
            "job failed",
          );
          if (pgJob && last) {
            await recordDeadLetter(database, {
              source: "job",
              name: job.name,
              reference: pgJob.id,
              payload: (pgJob.data ?? {}) as object,
              error: (error instanceof Error ? error.message : String(error)).slice(0, 2000),
              attempts: pgJob.retryCount + 1,
            });
          }
          throw error;
        }
      },
    );
    await boss.schedule(job.name, job.cron, {}, { tz: JOB_TIME_ZONE });
    if (job.runAtStart) await boss.send(job.name, {});
  }
  const digitalPost =
    options.digitalPost !== undefined
      ? options.digitalPost
      : localDigitalPost(settings.digitalPostDir);
  // Documents go to citizens from the events saved after digital post was first started.
  if (digitalPost && !options.outboxConsumers) {
    await registerOutboxConsumer(database, CITIZEN_DOCUMENTS_CONSUMER);
  }
  const consumers = options.outboxConsumers ?? allOutboxConsumers(settings, digitalPost);
  const outbox = startOutboxPoller({
    database,
    consumers,
    logger,
    now,
    pollingIntervalMs: (options.pollingIntervalSeconds ?? 2) * 1000,
  });
  logger.info(
    {
      jobs: jobs.map((job) => job.name),
      outbox: consumers.map((consumer) => consumer.name),
      email: mailer !== null,
    },
    "worker started",
  );
  let stopped: Promise<void> | null = null;
  return {
    boss,
    settings,
    runNow: (name) => boss.send(name, {}),
    drainOutbox: () => outbox.drain(),
    stop() {
      stopped ??= (async () => {
        stopping.abort();
        await outbox.stop();
        await boss.stop({ graceful: true, wait: true, timeout: options.stopTimeoutMs ?? 20_000 });
        mailer?.close();
      })();
      return stopped;
    },
  };
}

/**
 * On PostgreSQL the server and worker connect as a role that may not change the schema: when
 * the job queue's schema is missing or older than this pg-boss, say what to run.
 */
function jobQueueStartError(error: unknown): Error {
  const code = (error as { code?: string }).code;
  if (code !== "42501") return error instanceof Error ? error : new Error(String(error));
  return new Error(
    "The job queue's schema is missing or out of date, and this database role may not create it: run `pnpm db:migrate` with the database owner's DATABASE_URL first.",
    { cause: error },
  );
}
