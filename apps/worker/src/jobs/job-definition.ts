import type { Database } from "@samstemt/db";
import type { Logger } from "pino";
import type { WorkerSettings } from "../env";
import type { Mailer } from "../mail/mailer";

/** What a job is handed each time it runs. */
export interface JobContext {
  database: Database;
  now: () => Date;
  settings: WorkerSettings;
  /** Null when no e-mail is configured. */
  mailer: Mailer | null;
  logger: Logger;
  /** Aborts when the worker is shutting down: long jobs stop at the next safe point. */
  signal: AbortSignal;
  /** Puts a job on a queue (for jobs that start others, such as dead-letter retries). */
  send(name: string, data: object): Promise<string | null>;
}

export interface JobDefinition {
  /** The pg-boss queue name. */
  name: string;
  /** When it runs by itself, in Danish time (the domain's DANISH_TIME_ZONE). */
  cron: string;
  /** Also put on the queue once whenever a worker starts (a scan that must not wait a day). */
  runAtStart?: boolean;
  /** Longest a run may take before pg-boss takes it for dead and retries it. */
  expireInSeconds?: number;
  /** `data`: what the job was sent with (`{}` from the schedule); validate before use. */
  run(context: JobContext, data: unknown): Promise<unknown>;
}
