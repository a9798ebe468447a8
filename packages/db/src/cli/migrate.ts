// `pnpm --filter @samstemt/db db:migrate`: applies migrations to DATABASE_URL (or DATA_DIR's PGlite).
import { createDatabase } from "../client/create-database";
import { runMigrations } from "../migrations/run-migrations";

const database = await createDatabase({
  databaseUrl: process.env.DATABASE_URL,
  dataDir: process.env.DATA_DIR ?? ".data/pglite",
});
try {
  const report = await runMigrations(database.sql);
  console.log(JSON.stringify(report));
} finally {
  await database.close();
}
