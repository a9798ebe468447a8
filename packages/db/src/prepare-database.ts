import type { Database } from "./client/database";
import { type MigrationReport, runMigrations } from "./migrations/run-migrations";
import type { SeedResult } from "./seed/seed-demo";

export interface PrepareOptions {
  /**
   * Seeds demo data after migrating: `seedDemoData` from `@samstemt/db/seed`, passed in only
   * in demo mode so that production never loads the demo data.
   */
  seed?: (database: Database) => Promise<SeedResult>;
}

/** What a server does before it is ready: migrate, then seed demo data the first time. */
export async function prepareDatabase(
  database: Database,
  options: PrepareOptions = {},
): Promise<{ migrations: MigrationReport; seed: SeedResult }> {
  const migrations = await runMigrations(database.sql);
  const seed = options.seed ? await options.seed(database) : { seeded: false };
  return { migrations, seed };
}
