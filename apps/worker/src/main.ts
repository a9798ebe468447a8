// The worker on its own, beside one or more servers on the same PostgreSQL:
// `DATABASE_URL=postgresql://… pnpm --filter @samstemt/worker start`.
// (Embedded PGlite allows one process only, so there the server runs the worker itself.)
import { createDatabase, runMigrations } from "@samstemt/db";
import pino from "pino";
import { readWorkerEnv, readWorkerSettings } from "./env";
import { startWorker } from "./start-worker";

/** SIGTERM: jobs in progress get this long to finish before they are released to others. */
const JOB_GRACE_MS = 20_000;
/** Orchestrators kill after 30 s: if closing hangs past this, leave with an error instead. */
const SHUTDOWN_LIMIT_MS = 28_000;

const env = readWorkerEnv();
const logger = pino({ level: env.LOG_LEVEL, name: "samstemt-worker" });
const database = await createDatabase({ databaseUrl: env.DATABASE_URL });
await runMigrations(database.sql);
const settings = readWorkerSettings();
if (!settings.appBaseUrl) {
  logger.warn("neither PUBLIC_URL nor APP_BASE_URL is set: alert links carry the case's path only");
}
const worker = await startWorker({ database, logger, settings, stopTimeoutMs: JOB_GRACE_MS });

const shutdown = async (signal: string) => {
  const started = Date.now();
  logger.info({ signal }, "worker stopping");
  setTimeout(() => {
    logger.error({ ms: Date.now() - started }, "worker did not stop in time");
    process.exit(1);
  }, SHUTDOWN_LIMIT_MS).unref();
  // Long jobs stop at their next safe point; pg-boss waits for them, then fails (releases)
  // any still running so another worker retries them.
  await worker.stop();
  await database.close();
  logger.info({ ms: Date.now() - started }, "worker stopped");
  process.exit(0);
};
process.once("SIGTERM", () => void shutdown("SIGTERM"));
process.once("SIGINT", () => void shutdown("SIGINT"));
