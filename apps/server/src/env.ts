import { join } from "node:path";
import { readWorkerSettings, type WorkerSettings } from "@samstemt/worker";
import { z } from "zod";
import { type OidcConfig, oidcEnvSchema, readOidcConfig } from "./oidc/oidc-config";

const flag = z
  .enum(["true", "false", "1", "0"])
  .transform((value) => value === "true" || value === "1")
  .optional();

const envSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
    HOST: z.string().min(1).default("127.0.0.1"),
    DATA_DIR: z.string().min(1).default("./.data"),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL")
      .optional(),
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    /**
     * Demo mode: demo sign-in and demo data. On by default only for the embedded database
     * outside production; a real PostgreSQL database gets it only with DEMO=true. Never in
     * production: there DEMO=true stops the server from starting.
     */
    DEMO: flag,
    /** Run the reporting worker in this process. Always on with the embedded database. */
    RUN_WORKER: flag,
    LOG_LEVEL: z
      .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"])
      .default("info"),
    /** Absolute lifetime of a sign-in, however busy. */
    SESSION_TTL_HOURS: z.coerce.number().positive().max(24).default(12),
    /** A session unused this long ends. */
    SESSION_IDLE_MINUTES: z.coerce
      .number()
      .positive()
      .max(24 * 60)
      .default(30),
    /** Failed sign-ins per username, client address and minute before they must wait (429). */
    SIGN_IN_FAILURES_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(10),
    /**
     * Failed sign-ins per client address and minute, whatever the usernames: far higher, since
     * a whole municipality may reach Samstemt through one proxy.
     */
    SIGN_IN_FAILURES_PER_MINUTE_PER_ADDRESS: z.coerce
      .number()
      .int()
      .min(1)
      .max(100_000)
      .default(100),
    /**
     * How many reverse proxies sit in front of the server (0: none). Needed to see the real
     * client address behind a proxy, e.g. for the sign-in limit; never trust more hops than exist.
     */
    TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
    /**
     * The address people use, e.g. https://samstemt.region.dk. Mutations must come from this
     * origin, and links in alerts and e-mails point here. Required in production; elsewhere,
     * without it, the request's own host (and protocol, behind a trusted proxy) counts.
     */
    PUBLIC_URL: z.url().optional(),
    /** tRPC procedure calls per signed-in person and minute (a batch counts each call). */
    API_CALLS_PER_MINUTE_PER_PERSON: z.coerce.number().int().min(1).max(1_000_000).default(600),
    /** tRPC procedure calls per client address and minute, signed in or not. */
    API_CALLS_PER_MINUTE_PER_ADDRESS: z.coerce.number().int().min(1).max(1_000_000).default(3000),
    /** The most procedures one batched tRPC request may call. */
    API_MAX_BATCH: z.coerce.number().int().min(1).max(100).default(20),
    /** Registrations (CPR look-ups) per person and hour before they must wait. */
    CPR_LOOKUPS_PER_HOUR: z.coerce.number().int().min(1).max(100_000).default(60),
  })
  .extend(oidcEnvSchema.shape);

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  production: boolean;
  demo: boolean;
  runWorker: boolean;
  logLevel: z.infer<typeof envSchema>["LOG_LEVEL"];
  sessionTtlHours: number;
  sessionIdleMinutes: number;
  signInFailuresPerMinute: number;
  signInFailuresPerMinutePerAddress: number;
  trustProxyHops: number;
  publicUrl: string | undefined;
  apiCallsPerMinutePerPerson: number;
  apiCallsPerMinutePerAddress: number;
  apiMaxBatch: number;
  cprLookupsPerHour: number;
  /** OpenID Connect sign-in, when configured. */
  oidc: OidcConfig | null;
  /**
   * The embedded worker's settings (e-mail, exports, reports, digital post): its folders
   * default to exports/, reports/ and digital-post/ under DATA_DIR; the environment wins.
   */
  worker: WorkerSettings;
}

/** The server's settings, validated once; nothing else reads process.env. */
export function readServerConfig(source: NodeJS.ProcessEnv = process.env): ServerConfig {
  const env = envSchema.parse(source);
  const production = env.NODE_ENV === "production";
  if (production && env.DEMO) {
    // The demo sign-in lets anyone choose who they are: never on a production server.
    throw new Error("DEMO=true is not allowed with NODE_ENV=production");
  }
  if (production && !env.PUBLIC_URL) {
    // Without it the origin check trusts the Host header the client sends: a request saying
    // "Host: evil.example" with "Origin: http://evil.example" would count as same-origin.
    throw new Error(
      "PUBLIC_URL must be set with NODE_ENV=production (the address people use, e.g. https://samstemt.region.dk)",
    );
  }
  return {
    port: env.PORT,
    host: env.HOST,
    dataDir: env.DATA_DIR,
    databaseUrl: env.DATABASE_URL,
    production,
    demo: !production && (env.DEMO ?? !env.DATABASE_URL),
    runWorker: env.DATABASE_URL ? (env.RUN_WORKER ?? true) : true,
    logLevel: env.LOG_LEVEL,
    sessionTtlHours: env.SESSION_TTL_HOURS,
    sessionIdleMinutes: env.SESSION_IDLE_MINUTES,
    signInFailuresPerMinute: env.SIGN_IN_FAILURES_PER_MINUTE,
    signInFailuresPerMinutePerAddress: env.SIGN_IN_FAILURES_PER_MINUTE_PER_ADDRESS,
    trustProxyHops: env.TRUST_PROXY_HOPS,
    publicUrl: env.PUBLIC_URL?.replace(/\/+$/, ""),
    apiCallsPerMinutePerPerson: env.API_CALLS_PER_MINUTE_PER_PERSON,
    apiCallsPerMinutePerAddress: env.API_CALLS_PER_MINUTE_PER_ADDRESS,
    apiMaxBatch: env.API_MAX_BATCH,
    cprLookupsPerHour: env.CPR_LOOKUPS_PER_HOUR,
    oidc: readOidcConfig(env),
    worker: readWorkerSettings({
      EXPORT_DIR: join(env.DATA_DIR, "exports"),
      REPORT_DIR: join(env.DATA_DIR, "reports"),
      DIGITAL_POST_DIR: join(env.DATA_DIR, "digital-post"),
      ...source,
    }),
  };
}
