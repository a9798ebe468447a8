import { join } from "node:path";
import { z } from "zod";

const envSchema = z.object({
  DATABASE_URL: z
    .string({ error: "DATABASE_URL must be set: a worker on its own needs PostgreSQL" })
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace"]).default("info"),
});

/** The stand-alone worker's settings, read once. */
export function readWorkerEnv(source: NodeJS.ProcessEnv = process.env) {
  return envSchema.parse(source);
}

const settingsSchema = z.object({
  /** `smtp://user:password@host:587` or `smtps://…:465`; unset: alerts in the app only. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "SMTP_URL must be an smtp:// or smtps:// URL")
    .optional(),
  MAIL_FROM: z.string().min(3).default("Samstemt <noreply@samstemt.invalid>"),
  /** Where the staff app is, for the link in each alert and e-mail, if not at PUBLIC_URL. */
  APP_BASE_URL: z.url().optional(),
  /** The address people use (the server's setting): the links' address unless APP_BASE_URL. */
  PUBLIC_URL: z.url().optional(),
  /** Outbox rows every consumer has handled are deleted after this many days. */
  OUTBOX_RETENTION_DAYS: z.coerce.number().min(0).default(7),
  /** Attempts of a job after the first before it goes to the dead-letter list. */
  JOB_RETRY_LIMIT: z.coerce.number().int().min(0).max(20).default(4),
  /** Attempts of an alert e-mail before it goes to the dead-letter list. */
  EMAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(5),
  /** The server's data folder: the worker's folders default to ones inside it (as the server's). */
  DATA_DIR: z.string().min(1).default("./.data"),
  /** Where analyst exports are written (one folder per export). */
  EXPORT_DIR: z.string().min(1).optional(),
  /** Where quarterly reports are stored (a folder per quarter, a PDF per organisation). */
  REPORT_DIR: z.string().min(1).optional(),
  /** The local digital-post adapter's outbox folder (F2): one MeMo-like XML file per message. */
  DIGITAL_POST_DIR: z.string().min(1).optional(),
  /** Hours an export's files are kept after it is written. */
  EXPORT_TTL_HOURS: z.coerce.number().min(1).default(72),
  /** Cells of aggregate tables below this count are suppressed (and enough others with them). */
  SUPPRESSION_THRESHOLD: z.coerce.number().int().min(1).max(100).default(5),
});

export interface WorkerSettings {
  smtpUrl: string | null;
  mailFrom: string;
  /**
   * The staff app's address for links in alerts and e-mails; null when neither APP_BASE_URL
   * nor PUBLIC_URL says it (a server running the worker then gives its own address).
   */
  appBaseUrl: string | null;
  outboxRetentionSeconds: number;
  jobRetryLimit: number;
  emailMaxAttempts: number;
  exportDir: string;
  reportDir: string;
  digitalPostDir: string;
  exportTtlSeconds: number;
  suppressionThreshold: number;
}

/**
 * What the worker's jobs need from the environment (the same whether it runs in the server
 * or on its own): e-mail, the app's address, retention and retries. Read once at start.
 */
export function readWorkerSettings(source: NodeJS.ProcessEnv = process.env): WorkerSettings {
  const env = settingsSchema.parse(source);
  return {
    smtpUrl: env.SMTP_URL ?? null,
    mailFrom: env.MAIL_FROM,
    appBaseUrl: (env.APP_BASE_URL ?? env.PUBLIC_URL)?.replace(/\/+$/, "") ?? null,
    outboxRetentionSeconds: env.OUTBOX_RETENTION_DAYS * 86_400,
    jobRetryLimit: env.JOB_RETRY_LIMIT,
    emailMaxAttempts: env.EMAIL_MAX_ATTEMPTS,
    // The server reads the files these folders hold: a worker on its own must share them.
    exportDir: env.EXPORT_DIR ?? join(env.DATA_DIR, "exports"),
    reportDir: env.REPORT_DIR ?? join(env.DATA_DIR, "reports"),
    digitalPostDir: env.DIGITAL_POST_DIR ?? join(env.DATA_DIR, "digital-post"),
    exportTtlSeconds: env.EXPORT_TTL_HOURS * 3600,
    suppressionThreshold: env.SUPPRESSION_THRESHOLD,
  };
}
