import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "../generated/prisma/client";
import type { Database, SqlRunner } from "./database";
import { sessionOptions, sessionSetStatements } from "./session-settings";

export interface DatabaseOptions {
  /** `postgresql://…` selects PostgreSQL; anything else (or nothing) selects embedded PGlite. */
  databaseUrl?: string | undefined;
  /** Where PGlite keeps its files; `memory://` keeps nothing. */
  dataDir?: string | undefined;
  /** Pool size for PostgreSQL. */
  maxConnections?: number | undefined;
}

export function isPostgresUrl(url: string | undefined): url is string {
  return !!url && /^postgres(ql)?:\/\//.test(url);
}

/** The one place that decides between PGlite and PostgreSQL. */
export async function createDatabase(options: DatabaseOptions = {}): Promise<Database> {
  if (isPostgresUrl(options.databaseUrl)) {
    return createPostgresDatabase(options.databaseUrl, options.maxConnections ?? 10);
  }
  return createPgliteDatabase(options.dataDir ?? "memory://");
}

async function createPgliteDatabase(dataDir: string): Promise<Database> {
  if (!dataDir.startsWith("memory://")) mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create(dataDir);
  await pglite.exec(sessionSetStatements());
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  // PGlite is one connection already, so a session is the runner itself.
  const sql: SqlRunner = {
    async query(text, values) {
      const result = await pglite.query(text, values ?? []);
      return result.rows as never[];
    },
    async exec(text) {
      const results = await pglite.exec(text);
      return (results.at(-1)?.rows ?? []) as never[];
    },
    session: (work) => work(sql),
  };
  return {
    kind: "pglite",
    prisma,
    sql,
    async close() {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}

async function createPostgresDatabase(url: string, max: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max, options: sessionOptions() });
  // An idle client that loses its connection must not take the process down.
  pool.on("error", () => {});
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    kind: "postgresql",
    prisma,
    sql: {
      ...runnerOn(pool),
      async session(work) {
        const client = await pool.connect();
        try {
          const connection: SqlRunner = {
            ...runnerOn(client),
            session: (inner) => inner(connection),
          };
          return await work(connection);
        } finally {
          client.release();
        }
      },
    },
    async close() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

function runnerOn(target: pg.Pool | pg.PoolClient): Omit<SqlRunner, "session"> {
  return {
    async query(text, values) {
      const result = await target.query(text, values ?? []);
      return result.rows;
    },
    async exec(text) {
      // Several statements give an array of results, one gives a single result.
      const result = (await target.query(text)) as pg.QueryResult | pg.QueryResult[];
      return Array.isArray(result) ? (result.at(-1)?.rows ?? []) : result.rows;
    },
  };
}
