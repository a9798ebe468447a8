import { randomUUID } from "node:crypto";
import type { SqlRunner } from "../client/database";
import { type MigrationFile, readMigrations } from "./read-migrations";

// The same table and columns `prisma migrate deploy` uses, so an operator with Prisma's
// native engine can take over (or hand back) a database this runner migrated.
const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

// Prisma's own advisory-lock key, so two deployers (ours or Prisma's) never migrate at once.
const ADVISORY_LOCK_KEY = 72707369;

export class MigrationError extends Error {
  constructor(
    message: string,
    readonly migrationName: string,
  ) {
    super(message);
    this.name = "MigrationError";
  }
}

export interface MigrationReport {
  applied: string[];
  alreadyApplied: string[];
}

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

/**
 * Applies every migration not yet recorded, each in its own transaction. Refuses to go on
 * when an applied migration's file changed or an earlier run failed halfway — as Prisma does.
 */
export async function runMigrations(
  runner: SqlRunner,
  migrations: MigrationFile[] = readMigrations(),
): Promise<MigrationReport> {
  return runner.session((connection) => migrateOn(connection, migrations));
}

async function migrateOn(sql: SqlRunner, migrations: MigrationFile[]): Promise<MigrationReport> {
  // Lock first: two servers starting on an empty database must not both create the table.
  await sql.query("SELECT pg_advisory_lock($1)", [ADVISORY_LOCK_KEY]);
  try {
    // Only the owner may create it; a server running as the application's role on a
    // migrated database must get through here with reads alone.
    if (!(await migrationsTableExists(sql))) await sql.exec(CREATE_MIGRATIONS_TABLE);
    const rows = await sql.query<AppliedRow>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`,
    );
    const applied = new Map(
      rows.filter((row) => row.rolled_back_at === null).map((row) => [row.migration_name, row]),
    );
    const report: MigrationReport = { applied: [], alreadyApplied: [] };
    for (const migration of migrations) {
      const previous = applied.get(migration.name);
      if (previous) {
        assertApplicable(previous, migration);
        report.alreadyApplied.push(migration.name);
        continue;
      }
      await applyOne(sql, migration);
      report.applied.push(migration.name);
    }
    return report;
  } finally {
    await sql.query("SELECT pg_advisory_unlock($1)", [ADVISORY_LOCK_KEY]);
  }
}

function assertApplicable(previous: AppliedRow, migration: MigrationFile): void {
  if (previous.finished_at === null) {
    throw new MigrationError(
      `Migration ${migration.name} failed earlier and must be resolved by hand`,
      migration.name,
    );
  }
  if (previous.checksum !== migration.checksum) {
    throw new MigrationError(
      `Migration ${migration.name} was changed after it was applied`,
      migration.name,
    );
  }
}

async function applyOne(sql: SqlRunner, migration: MigrationFile): Promise<void> {
  const id = randomUUID();
  await sql.exec("BEGIN");
  try {
    await sql.exec(migration.sql);
    await sql.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), now(), 1)`,
      [id, migration.checksum, migration.name],
    );
    await sql.exec("COMMIT");
  } catch (error) {
    await sql.exec("ROLLBACK");
    const hint =
      (error as { code?: string }).code === INSUFFICIENT_PRIVILEGE
        ? " — this role may not change the schema: apply the migrations as the database's owner (`pnpm db:migrate` with the owner's DATABASE_URL)"
        : "";
    throw new MigrationError(
      `Migration ${migration.name} failed: ${(error as Error).message}${hint}`,
      migration.name,
    );
  }
}

const INSUFFICIENT_PRIVILEGE = "42501";

async function migrationsTableExists(sql: SqlRunner): Promise<boolean> {
  const rows = await sql.query<{ present: boolean }>(
    `SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS present`,
  );
  return rows[0]?.present === true;
}

/** True when every migration in the folder has been applied: what /readyz asks. */
export async function migrationsAreCurrent(
  sql: SqlRunner,
  migrations: MigrationFile[] = readMigrations(),
): Promise<boolean> {
  if (!(await migrationsTableExists(sql))) return false;
  const rows = await sql.query<{ migration_name: string }>(
    `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  const done = new Set(rows.map((row) => row.migration_name));
  return migrations.every((migration) => done.has(migration.name));
}
