// `pnpm db:seed` (from the repository root, like `pnpm start`): migrates, then seeds the demo data if not seeded yet.
import { createDatabase } from "../client/create-database";
import { embeddedDatabaseDir } from "../client/embedded-data-dir";
import { prepareDatabase } from "../prepare-database";
import { seedDemoData } from "../seed/seed-demo";

const database = await createDatabase({
  databaseUrl: process.env.DATABASE_URL,
  dataDir: embeddedDatabaseDir(process.env.DATA_DIR ?? "./.data"),
});
try {
  const result = await prepareDatabase(database, { seed: (db) => seedDemoData(db) });
  console.log(JSON.stringify(result));
} finally {
  await database.close();
}
