import { z } from "zod";

const flag = z
  .enum(["true", "false", "1", "0"])
  .transform((value) => value === "true" || value === "1")
  .optional();

const envSchema = z.object({
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
   * outside production; a real PostgreSQL database gets it only with DEMO=true.
   */
  DEMO: flag,
  /** Run the reporting worker in this process. Always on with the embedded database. */
  RUN_WORKER: flag,
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SESSION_TTL_HOURS: z.coerce.number().positive().max(24).default(10),
  /** Failed sign-ins per client address and minute before it must wait (429). */
  SIGN_IN_FAILURES_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(10),
  /**
   * How many reverse proxies sit in front of the server (0: none). Needed to see the real
   * client address behind a proxy, e.g. for the sign-in limit; never trust more hops than exist.
   */
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
});

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
  signInFailuresPerMinute: number;
  trustProxyHops: number;
}

/** The server's settings, validated once; nothing else reads process.env. */
export function readServerConfig(source: NodeJS.ProcessEnv = process.env): ServerConfig {
  const env = envSchema.parse(source);
  const production = env.NODE_ENV === "production";
  return {
    port: env.PORT,
    host: env.HOST,
    dataDir: env.DATA_DIR,
    databaseUrl: env.DATABASE_URL,
    production,
    demo: env.DEMO ?? (!production && !env.DATABASE_URL),
    runWorker: env.DATABASE_URL ? (env.RUN_WORKER ?? true) : true,
    logLevel: env.LOG_LEVEL,
    sessionTtlHours: env.SESSION_TTL_HOURS,
    signInFailuresPerMinute: env.SIGN_IN_FAILURES_PER_MINUTE,
    trustProxyHops: env.TRUST_PROXY_HOPS,
  };
}
