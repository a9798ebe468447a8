import { randomUUID } from "node:crypto";
import { createDatabase, type Database, prepareDatabase } from "@samstemt/db";
import { testDatabaseKinds } from "@samstemt/db/testing";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allJobs, migrateDatabase, pruneOutboxJob, readWorkerSettings, startWorker } from "../src";
import { jobCompleted } from "./support/wait-for";

// Production on PostgreSQL (README, "Running in production"): an owner role runs
// `pnpm db:migrate` — the migrations, the job queue's schema and queues, the grants — and the
// server and worker connect as an application role that reads and writes rows and nothing
// more. CI creates the two roles (TEST_DATABASE_OWNER_ROLE, TEST_DATABASE_APP_ROLE);
// elsewhere the test makes throw-away ones.
const adminUrl = process.env.TEST_DATABASE_URL ?? "";
const suffix = randomUUID().replaceAll("-", "").slice(0, 10);
const ownerRole = process.env.TEST_DATABASE_OWNER_ROLE || `samstemt_owner_${suffix}`;
const appRole = process.env.TEST_DATABASE_APP_ROLE || `samstemt_app_${suffix}`;
const madeRoles = [
  ...(process.env.TEST_DATABASE_OWNER_ROLE ? [] : [ownerRole]),
  ...(process.env.TEST_DATABASE_APP_ROLE ? [] : [appRole]),
];
const databaseName = `samstemt_roles_${suffix}`;

function urlAs(role: string): string {
  const url = new URL(adminUrl);
  url.username = role;
  url.password = "";
  url.pathname = `/${databaseName}`;
  return url.toString();
}

async function asAdmin(statements: string[]): Promise<void> {
  const admin = await createDatabase({ databaseUrl: adminUrl, maxConnections: 1 });
  try {
    for (const statement of statements) await admin.sql.query(statement);
  } finally {
    await admin.close();
  }
}

describe.runIf(testDatabaseKinds().includes("postgresql"))(
  "an owner role migrates, an application role runs (PostgreSQL)",
  () => {
    let owner: Database;
    let app: Database;

    beforeAll(async () => {
      await asAdmin([
        ...madeRoles.map((role) => `CREATE ROLE "${role}" LOGIN`),
        `CREATE DATABASE "${databaseName}" OWNER "${ownerRole}"`,
      ]);
      owner = await createDatabase({ databaseUrl: urlAs(ownerRole), maxConnections: 2 });
      app = await createDatabase({ databaseUrl: urlAs(appRole), maxConnections: 4 });
    });
    afterAll(async () => {
      await app?.close();
      await owner?.close();
      await asAdmin([
        `DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`,
        ...madeRoles.map((role) => `DROP ROLE IF EXISTS "${role}"`),
      ]);
    });

    it("`pnpm db:migrate` as the owner applies everything and grants the application role", async () => {
      const report = await migrateDatabase(owner, {
        appRole,
        retry: { retryLimit: 2, retryDelaySeconds: 1 },
      });
      expect(report.migrations.applied.length).toBeGreaterThan(0);
      expect(report.jobQueue.queues).toEqual(allJobs.map((job) => job.name));
      expect(report.grantedTo).toBe(appRole);
      // Run again (the next release): nothing to apply, grants renewed, still no error.
      const again = await migrateDatabase(owner, {
        appRole,
        retry: { retryLimit: 2, retryDelaySeconds: 1 },
      });
      expect(again.migrations.applied).toEqual([]);
    });

    it("the server's start-up and the worker run as the application role", async () => {
      // What the server does before it is ready: the migrations are current, so no DDL.
      const prepared = await prepareDatabase(app);
      expect(prepared.migrations.applied).toEqual([]);
      const worker = await startWorker({
        database: app,
        logger: pino({ level: "silent" }),
        now: () => new Date(),
        pollingIntervalSeconds: 0.5,
        mailer: null,
        digitalPost: null,
        settings: readWorkerSettings({}),
        retry: { retryLimit: 2, retryDelaySeconds: 1 },
      });
      try {
        const id = await worker.runNow(pruneOutboxJob.name);
        expect(id).not.toBeNull();
        await jobCompleted(worker.boss, pruneOutboxJob.name, id as string, 60_000);
      } finally {
        await worker.stop();
      }
      // Rows: an audit entry can be written and read.
      await app.sql.query("INSERT INTO audit_entry (action) VALUES ('test.roles')");
      expect(
        await app.sql.query("SELECT 1 FROM audit_entry WHERE action = 'test.roles'"),
      ).toHaveLength(1);
    });

    it("the application role cannot disable or drop the audit trigger, create tables or rewrite history", async () => {
      const refused = [
        "ALTER TABLE audit_entry DISABLE TRIGGER ALL",
        'ALTER TABLE audit_entry DISABLE TRIGGER "audit_entry_no_update_or_delete"',
        'DROP TRIGGER "audit_entry_no_update_or_delete" ON audit_entry',
        'DROP TRIGGER "audit_entry_no_truncate" ON audit_entry',
        'DROP FUNCTION "audit_entry_refuse_change"() CASCADE',
        "DROP TABLE audit_entry",
        "TRUNCATE audit_entry",
        "UPDATE audit_entry SET action = 'x'",
        "DELETE FROM audit_entry",
        "CREATE TABLE public.smuggled (id int)",
        "CREATE TABLE pgboss.smuggled (id int)",
        "CREATE SCHEMA smuggled",
        'ALTER TABLE "case" ADD COLUMN smuggled int',
        "DROP TABLE pgboss.job",
        "INSERT INTO _prisma_migrations (id, checksum, migration_name) VALUES ('x', 'x', 'x')",
        "DELETE FROM _prisma_migrations",
      ];
      for (const statement of refused) {
        await expect(app.sql.query(statement), statement).rejects.toThrow(
          /permission denied|must be owner|append-only/,
        );
      }
      const [triggers] = await owner.sql.query<{ enabled: number }>(
        `SELECT count(*)::int AS enabled FROM pg_trigger
          WHERE tgrelid = 'audit_entry'::regclass AND NOT tgisinternal AND tgenabled = 'O'`,
      );
      expect(triggers?.enabled).toBe(2);
    });
  },
);
