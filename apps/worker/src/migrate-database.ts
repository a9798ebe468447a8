import {
  type Database,
  grantApplicationRole,
  type MigrationReport,
  runMigrations,
} from "@samstemt/db";
import { installJobQueue, JOB_QUEUE_SCHEMA, type QueueRetry } from "./job-queue-schema";
import { allJobs } from "./jobs/all-jobs";
import type { JobDefinition } from "./jobs/job-definition";

export interface MigrateOptions {
  /** PostgreSQL: the role the server and worker connect as, granted what they need. */
  appRole?: string | null;
  jobs?: JobDefinition[];
  retry: QueueRetry;
}

export interface MigrateReport {
  migrations: MigrationReport;
  jobQueue: { schema: string; queues: string[] };
  grantedTo: string | null;
}

/**
 * `pnpm db:migrate`, run as the database's owner: the product's migrations, the job queue's
 * schema and queues, then (on PostgreSQL, with `appRole`) the application role's grants —
 * everything that changes the schema, so the server and worker never need to.
 */
export async function migrateDatabase(
  database: Database,
  options: MigrateOptions,
): Promise<MigrateReport> {
  const jobs = options.jobs ?? allJobs;
  const migrations = await runMigrations(database.sql);
  await installJobQueue(database, jobs, options.retry);
  const appRole = options.appRole ?? null;
  if (appRole !== null) {
    if (database.kind !== "postgresql") {
      throw new Error("DATABASE_APP_ROLE is for PostgreSQL; the embedded database has no roles");
    }
    await grantApplicationRole(database.sql, appRole, { rowSchemas: [JOB_QUEUE_SCHEMA] });
  }
  return {
    migrations,
    jobQueue: { schema: JOB_QUEUE_SCHEMA, queues: jobs.map((job) => job.name) },
    grantedTo: appRole,
  };
}
