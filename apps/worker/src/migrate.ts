// `pnpm db:migrate` (from the repository root, as the database's owner): applies the
// product's migrations and the job queue's schema to DATABASE_URL (or DATA_DIR's embedded
// database) and, with DATABASE_APP_ROLE, grants that role what the server and worker need.
import { createDatabase, embeddedDatabaseDir } from "@samstemt/db";
import { readWorkerSettings } from "./env";
import { migrateDatabase } from "./migrate-database";

const settings = readWorkerSettings(process.env);
const database = await createDatabase({
  databaseUrl: process.env.DATABASE_URL,
  dataDir: embeddedDatabaseDir(process.env.DATA_DIR ?? "./.data"),
  maxConnections: 2,
});
try {
  const report = await migrateDatabase(database, {
    appRole: process.env.DATABASE_APP_ROLE || null,
    retry: { retryLimit: settings.jobRetryLimit, retryDelaySeconds: 30 },
  });
  console.log(JSON.stringify(report));
} finally {
  await database.close();
}
