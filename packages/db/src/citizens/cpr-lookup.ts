import type { JsonObject } from "../audit/json-value";
import type { Database } from "../client/database";
import { prismaOf, withTransaction } from "../client/transaction";

/** The audit action of one use of a CPR number; counted for the hourly limit. */
export const CPR_LOOKUP_ACTION = "cpr.lookup";

/**
 * Records one use of a CPR number by a person — unless they have used `limit` in the hour
 * before `at`, when it records nothing and answers false. The count and the new entry are
 * taken under a lock on the person (held to the end of the short transaction), so parallel
 * requests cannot all pass the same count; the entry is committed before the registration
 * itself runs, so a refused registration has used its look-up too.
 *
 * The entry names the number's confirmed citizen, if Samstemt has one, so the look-up is in
 * that citizen's access log; the same one statement runs whether the number is known or not.
 */
export async function reserveCprLookup(
  database: Database,
  lookup: {
    personId: string;
    cpr: string;
    at: Date;
    since: Date;
    limit: number;
    details: JsonObject;
  },
): Promise<boolean> {
  return withTransaction(database, async (tx) => {
    const prisma = prismaOf(tx);
    await prisma.$queryRaw`SELECT 1 AS "locked" FROM pg_advisory_xact_lock(hashtext('samstemt.cpr-lookup'), hashtext(${lookup.personId}))`;
    const inserted = await prisma.$queryRaw<Array<{ id: unknown }>>`
      INSERT INTO "audit_entry" ("at", "person_id", "action", "citizen_id", "case_id", "details")
      SELECT ${lookup.at}, ${lookup.personId}, ${CPR_LOOKUP_ACTION},
        (SELECT "id" FROM "citizen" WHERE "confirmed_cpr" = ${lookup.cpr}), NULL,
        ${JSON.stringify(lookup.details)}::jsonb
      WHERE (
        SELECT count(*) FROM "audit_entry"
        WHERE "person_id" = ${lookup.personId} AND "action" = ${CPR_LOOKUP_ACTION}
          AND "at" >= ${lookup.since}
      ) < ${lookup.limit}
      RETURNING "id"`;
    return inserted.length > 0;
  });
}
