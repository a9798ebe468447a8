import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { createDatabase } from "@samstemt/db";
import { createEmptyPostgresDatabase, testDatabaseKinds } from "@samstemt/db/testing";
import { JOB_TIME_ZONE } from "@samstemt/worker";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
const workerMain = join(
  dirname(require.resolve("@samstemt/worker/package.json")),
  "dist",
  "main.js",
);

// The worker on its own beside stateless servers: only on PostgreSQL (PGlite is one process).
describe.skipIf(!testDatabaseKinds().includes("postgresql"))(
  "the worker as its own process",
  () => {
    let database: { url: string; drop(): Promise<void> };
    beforeAll(async () => {
      database = await createEmptyPostgresDatabase();
    });
    afterAll(async () => {
      await database?.drop();
    });

    it("migrates, schedules the deadline job in Danish time, and stops cleanly on SIGTERM", async () => {
      const child = spawn(process.execPath, [workerMain], {
        env: { ...process.env, DATABASE_URL: database.url, LOG_LEVEL: "info" },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let log = "";
      child.stdout.on("data", (chunk) => {
        log += chunk;
      });
      child.stderr.on("data", (chunk) => {
        log += chunk;
      });
      const until = Date.now() + 60_000;
      while (!log.includes("worker started")) {
        if (child.exitCode !== null || Date.now() > until)
          throw new Error(`worker did not start:\n${log}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      const db = await createDatabase({ databaseUrl: database.url, maxConnections: 1 });
      try {
        const schedules = await db.sql.query<{ name: string; timezone: string }>(
          "SELECT name, timezone FROM pgboss.schedule",
        );
        expect(schedules).toContainEqual({
          name: "deadlines.recompute",
          timezone: JOB_TIME_ZONE,
        });
        const migrated = await db.sql.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`,
        );
        expect(migrated[0]?.n).toBeGreaterThan(0);
      } finally {
        await db.close();
      }
      const exitCode = await new Promise<number | null>((resolve) => {
        child.once("exit", (code) => resolve(code));
        child.kill("SIGTERM");
      });
      expect(exitCode).toBe(0);
    });

    it("refuses to start without a PostgreSQL DATABASE_URL, saying why", async () => {
      const env = { ...process.env };
      delete env.DATABASE_URL;
      const child = spawn(process.execPath, [workerMain], {
        env,
        stdio: ["ignore", "pipe", "pipe"],
      });
      let output = "";
      child.stderr.on("data", (chunk) => {
        output += chunk;
      });
      const exitCode = await new Promise<number | null>((resolve) => child.once("exit", resolve));
      expect(exitCode).not.toBe(0);
      expect(output).toContain("DATABASE_URL");
    });
  },
);
