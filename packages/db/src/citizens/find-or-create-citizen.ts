import { randomUUID } from "node:crypto";
import { prismaOf, type Transaction } from "../client/transaction";

export interface StoredCitizen {
  citizenId: string;
  cpr: string;
  name: string;
}

/**
 * The citizen with this CPR number, recorded under `name` the first time. ON CONFLICT DO
 * NOTHING: two people registering the same new citizen at once both succeed (an upsert would
 * fail one of them on PostgreSQL's unique index). Runs in the caller's transaction.
 */
export async function findOrCreateCitizen(
  transaction: Transaction,
  citizen: { cpr: string; name: string },
): Promise<StoredCitizen> {
  const tx = prismaOf(transaction);
  await tx.$executeRaw`INSERT INTO "citizen" ("id", "cpr", "name")
    VALUES (${randomUUID()}, ${citizen.cpr}, ${citizen.name})
    ON CONFLICT ("cpr") DO NOTHING`;
  const row = await tx.citizen.findUniqueOrThrow({ where: { cpr: citizen.cpr } });
  return { citizenId: row.id, cpr: row.cpr, name: row.name };
}
