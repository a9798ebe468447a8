// The worker on its own, beside one or more servers on the same PostgreSQL:
// `DATABASE_URL=postgresql://… pnpm --filter @samstemt/worker start`.
// (Embedded PGlite allows one process only, so there the server runs the worker itself.)
import { createDatabase, runMigrations } from "@samstemt/db";
import pino from "pino";
import { readWorkerEnv } from "./env";
import { startWorker } from "./start-worker";

const env = readWorkerEnv();
const logger = pino({ level: env.LOG_LEVEL, name: "samstemt-worker" });
const database = await createDatabase({ databaseUrl: env.DATABASE_URL });
await runMigrations(database.sql);
const worker = await startWorker({ database, logger });

const shutdown = async (signal: string) => {
  logger.info({ signal }, "worker stopping");
  await worker.stop();
  await database.close();
  process.exit(0);
};
process.once("SIGTERM", () => void shutdown("SIGTERM"));
process.once("SIGINT", () => void shutdown("SIGINT"));
