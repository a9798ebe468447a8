import type { PrismaClient } from "../generated/prisma/client";

export type DatabaseKind = "pglite" | "postgresql";

/** Plain SQL access for the few things Prisma does not do: migrations and the job queue. */
export interface SqlRunner {
  /** One statement with positional parameters ($1, $2, …). */
  query<Row = Record<string, unknown>>(text: string, values?: unknown[]): Promise<Row[]>;
  /** A script of one or more statements, without parameters; the last statement's rows. */
  exec<Row = Record<string, unknown>>(text: string): Promise<Row[]>;
  /**
   * Runs `work` on one dedicated connection, for session state such as BEGIN/COMMIT or
   * advisory locks (a pool would hand each statement to any connection).
   */
  session<T>(work: (connection: SqlRunner) => Promise<T>): Promise<T>;
}

export interface Database {
  kind: DatabaseKind;
  prisma: PrismaClient;
  sql: SqlRunner;
  close(): Promise<void>;
}
