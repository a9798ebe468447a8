import { type DbHandle, prismaOf } from "../client/transaction";

/**
 * How many entries a person left with these actions since `since`. The log is the one
 * record shared by every server process, so a limit counted here holds across all of them.
 */
export async function countRecentAuditEntries(
  db: DbHandle,
  query: { personId: string; actions: readonly string[]; since: Date },
): Promise<number> {
  return prismaOf(db).auditEntry.count({
    where: {
      personId: query.personId,
      action: { in: [...query.actions] },
      at: { gte: query.since },
    },
  });
}
