import type { Database } from "../client/database";
import { prismaOf, withTransaction } from "../client/transaction";
import { writeAuditEntries } from "./write-audit-entries";

/** The shortest retention the database accepts (the trigger refuses a later cutoff). */
export const MINIMUM_AUDIT_RETENTION_YEARS = 1;

/**
 * Issue 10: deletes the audit entries older than `olderThan`, as the retention policy says,
 * and logs that it did (the cutoff and how many) in the same transaction. Works only for
 * the audit table's owner and a cutoff at least a year back: the trigger refuses the rest.
 */
export async function applyAuditRetention(
  database: Database,
  olderThan: Date,
): Promise<{ deleted: number }> {
  return withTransaction(database, async (tx) => {
    const prisma = prismaOf(tx);
    // `true`: the setting ends with this transaction.
    await prisma.$queryRaw`SELECT set_config('samstemt.audit_retention_cutoff', ${olderThan.toISOString()}, true)`;
    const deleted = await prisma.$executeRaw`DELETE FROM "audit_entry" WHERE "at" < ${olderThan}`;
    await writeAuditEntries(tx, [
      {
        at: new Date(),
        personId: null,
        action: "audit.retention",
        citizenId: null,
        caseId: null,
        details: { olderThan: olderThan.toISOString(), deleted },
      },
    ]);
    return { deleted };
  });
}

/** The cutoff for a policy of `years` whole years, counted back from `now` (UTC calendar). */
export function auditRetentionCutoff(years: number, now: Date): Date {
  const cutoff = new Date(now);
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - years);
  return cutoff;
}
