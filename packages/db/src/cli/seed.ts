// `pnpm --filter @samstemt/db db:seed`: migrates, then seeds the demo data if not seeded yet.
import { createDatabase } from "../client/create-database";
import { prepareDatabase } from "../prepare-database";

const database = await createDatabase({
  databaseUrl: process.env.DATABASE_URL,
  dataDir: process.env.DATA_DIR ?? ".data/pglite",
});
try {
  const result = await prepareDatabase(database, { seedDemo: true });
  console.log(JSON.stringify(result));
} finally {
  await database.close();
}
