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
