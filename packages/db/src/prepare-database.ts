import type { Database } from "./client/database";
import { type MigrationReport, runMigrations } from "./migrations/run-migrations";
import { type SeedResult, seedDemoData } from "./seed/seed-demo";

export interface PrepareOptions {
  seedDemo: boolean;
  now?: Date;
}

/** What a server does before it is ready: migrate, then seed demo data the first time. */
export async function prepareDatabase(
  database: Database,
  options: PrepareOptions,
): Promise<{ migrations: MigrationReport; seed: SeedResult }> {
  const migrations = await runMigrations(database.sql);
  const seed = options.seedDemo
    ? await seedDemoData(database.prisma, options.now)
    : { seeded: false };
  return { migrations, seed };
}
