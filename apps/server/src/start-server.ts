import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import {
  createDatabase,
  type Database,
  embeddedDatabaseDir,
  isPostgresUrl,
  prepareDatabase,
} from "@samstemt/db";
import { type RunningWorker, startWorker, type WorkerSettings } from "@samstemt/worker";
import pino from "pino";
import { createApp } from "./app";
import { requestDemoReports } from "./demo-reports";
import type { ServerConfig } from "./env";
import type { ServerState } from "./server-state";

export interface RunningServer {
  url: string;
  /** Resolves once migrations ran and demo data is seeded: the server is ready. */
  ready: Promise<void>;
  state: ServerState;
  /** The embedded worker once ready (null without RUN_WORKER): tests drive its jobs. */
  worker(): RunningWorker | null;
  stop(): Promise<void>;
}

/**
 * Listens at once (so /healthz answers during start-up), then opens the database, migrates,
 * seeds demo data the first time, starts the worker, and only then reports ready.
 */
export interface StartOptions {
  /** Awaited before the database is opened; lets a test observe the server while starting. */
  beforeDatabase?: () => Promise<void>;
}

export async function startServer(
  config: ServerConfig,
  options: StartOptions = {},
): Promise<RunningServer> {
  const logger = pino({ level: config.logLevel, name: "samstemt" });
  const state: ServerState = {
    databaseKind: isPostgresUrl(config.databaseUrl) ? "postgresql" : "pglite",
    database: null,
    ready: false,
    shuttingDown: false,
  };
  const app = createApp(config, state, logger);
  const server = await new Promise<Server>((resolve, reject) => {
    const listening = app.listen(config.port, config.host, (error?: Error) =>
      error ? reject(error) : resolve(listening),
    );
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.host === "0.0.0.0" ? "localhost" : config.host}:${port}`;
  let worker: RunningWorker | null = null;

  const ready = (async () => {
    const started = Date.now();
    await options.beforeDatabase?.();
    const database = await createDatabase({
      databaseUrl: config.databaseUrl,
      dataDir: embeddedDatabaseDir(config.dataDir),
    });
    state.database = database;
    const prepared = await prepareDatabase(database, { seed: await demoSeed(config) });
    if (config.runWorker) {
      worker = await startWorker({ database, logger, settings: workerSettings(config, url) });
      if (config.demo) await requestDemoReports(worker);
    }
    state.ready = true;
    logger.info(
      {
        url,
        database: database.kind,
        migrationsApplied: prepared.migrations.applied,
        demoSeeded: prepared.seed.seeded,
        worker: config.runWorker,
        ms: Date.now() - started,
      },
      "Samstemt is ready",
    );
  })();
  ready.catch((error) => logger.fatal({ err: error }, "start-up failed"));

  let stopping: Promise<void> | null = null;
  const stop = () => {
    stopping ??= (async () => {
      state.shuttingDown = true;
      logger.info("shutting down");
      await ready.catch(() => {});
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await closed;
      await worker?.stop();
      await state.database?.close();
      logger.info("stopped");
    })();
    return stopping;
  };
  return { url, ready, state, worker: () => worker, stop };
}

/**
 * Links in alerts and e-mails go to PUBLIC_URL (or APP_BASE_URL); without either, to the
 * address this server listens at — never a fixed one. Not the Host a request names: anyone can
 * send any Host, and the e-mails would then send colleagues there.
 */
function workerSettings(config: ServerConfig, url: string): WorkerSettings {
  return { ...config.worker, appBaseUrl: config.worker.appBaseUrl ?? url };
}

/** Demo mode seeds made-up data; the seed module is loaded only then, never in production. */
async function demoSeed(config: ServerConfig) {
  if (!config.demo) return undefined;
  const { seedDemoData } = await import("@samstemt/db/seed");
  return (database: Database) => seedDemoData(database);
}
