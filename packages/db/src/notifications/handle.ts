import { type DbHandle, prismaOf } from "../client/transaction";
import type { Prisma, PrismaClient } from "../generated/prisma/client";

/**
 * What notification functions run on: the database, a transaction from withTransaction, or
 * the transaction an outbox handler is given (so alerts raised from an event commit with it).
 */
export type NotificationHandle = DbHandle | Prisma.TransactionClient;

export function clientOf(handle: NotificationHandle): PrismaClient | Prisma.TransactionClient {
  return "$executeRaw" in handle ? handle : prismaOf(handle);
}
