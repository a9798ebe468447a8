// `pnpm db:reproject` (from the repository root, like `pnpm db:migrate`): rebuilds the case
// columns, every projection and every indicator row from the stored case states, in batches.
// Reads DATABASE_URL (or DATA_DIR's PGlite; stop the server first, PGlite allows one process).
import { createDatabase } from "../client/create-database";
import { embeddedDatabaseDir } from "../client/embedded-data-dir";
import { runMigrations } from "../migrations/run-migrations";
import { reprojectCases } from "../projections/reproject";

const database = await createDatabase({
  databaseUrl: process.env.DATABASE_URL,
  dataDir: embeddedDatabaseDir(process.env.DATA_DIR ?? "./.data"),
});
try {
  // The projection tables must exist before they can be rebuilt.
  await runMigrations(database.sql);
  const started = Date.now();
  const result = await reprojectCases(database, {
    onBatch: ({ cases }) => console.error(`reprojected ${cases} cases`),
  });
  console.log(JSON.stringify({ ...result, ms: Date.now() - started }));
} finally {
  await database.close();
}
