import type { Prisma, PrismaClient } from "../generated/prisma/client";
import type { Database } from "./database";

// The key is module-private: code outside packages/db can hold and pass a Transaction but
// cannot reach the Prisma client inside it, so every query stays in this package (issue 7).
const transactionClient = Symbol("prisma transaction client");

/** An open database transaction. Pass it to packages/db functions; it has nothing else to offer. */
export interface Transaction {
  readonly [transactionClient]: Prisma.TransactionClient;
}

/** What packages/db query and command functions run on: the database, or a transaction in it. */
export type DbHandle = Database | Transaction;

/** The Prisma client behind a handle. For packages/db's own functions only: not exported. */
export type PrismaHandle = PrismaClient | Prisma.TransactionClient;

export function prismaOf(handle: DbHandle): PrismaHandle {
  return transactionClient in handle ? handle[transactionClient] : handle.prisma;
}

export interface TransactionOptions {
  /** PostgreSQL's default (read committed) unless a caller needs more. */
  isolationLevel?: Prisma.TransactionIsolationLevel;
  /** How long the work may take before the transaction is rolled back (Prisma's default: 5 s). */
  timeoutMs?: number;
}

/**
 * Runs `work` in one transaction: everything it writes through `tx` is committed together
 * when it resolves, and nothing is when it throws (the error is rethrown). Takes the
 * database, or inside packages/db (test helpers) `{ prisma }`.
 */
export async function withTransaction<T>(
  database: Pick<Database, "prisma">,
  work: (tx: Transaction) => Promise<T>,
  options: TransactionOptions = {},
): Promise<T> {
  return database.prisma.$transaction((client) => work({ [transactionClient]: client }), {
    ...(options.isolationLevel && { isolationLevel: options.isolationLevel }),
    ...(options.timeoutMs && { timeout: options.timeoutMs }),
  });
}
