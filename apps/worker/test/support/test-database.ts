import { type DatabaseKind, grantApplicationRole } from "@samstemt/db";
import { createTestDatabase, type TestDatabase } from "@samstemt/db/testing";
import { installJobQueue, JOB_QUEUE_SCHEMA } from "../../src/job-queue-schema";
import { allJobs } from "../../src/jobs/all-jobs";
import type { JobDefinition } from "../../src/jobs/job-definition";

/**
 * A test database with the job queue installed the way `pnpm db:migrate` installs it: by the
 * owner, with the application role (when the tests run with two roles, as on CI) granted its
 * rows — so the worker under test starts exactly as it does in production.
 */
export async function createWorkerTestDatabase(
  kind: DatabaseKind,
  options: { jobs?: JobDefinition[] } = {},
): Promise<TestDatabase> {
  const db = await createTestDatabase(kind);
  await installJobQueue(db.owner, [...(options.jobs ?? []), ...allJobs], {
    retryLimit: 2,
    retryDelaySeconds: 1,
  });
  const appRole = process.env.TEST_DATABASE_APP_ROLE;
  if (kind === "postgresql" && appRole && process.env.TEST_DATABASE_OWNER_ROLE) {
    await grantApplicationRole(db.owner.sql, appRole, { rowSchemas: [JOB_QUEUE_SCHEMA] });
  }
  return db;
}
