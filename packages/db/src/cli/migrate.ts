// `pnpm db:migrate` (from the repository root, like `pnpm start`): applies migrations to DATABASE_URL (or DATA_DIR's PGlite).
import { createDatabase } from "../client/create-database";
import { embeddedDatabaseDir } from "../client/embedded-data-dir";
import { runMigrations } from "../migrations/run-migrations";

const database = await createDatabase({
  databaseUrl: process.env.DATABASE_URL,
  dataDir: embeddedDatabaseDir(process.env.DATA_DIR ?? "./.data"),
});
try {
  const report = await runMigrations(database.sql);
  console.log(JSON.stringify(report));
} finally {
  await database.close();
}
