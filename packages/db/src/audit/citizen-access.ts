import { CPR_LOOKUP_ACTION } from "../citizens/cpr-lookup";
import { type DbHandle, prismaOf } from "../client/transaction";
import type { CaseViewer } from "../visibility/case-viewer";
import { visibleCasesWhere } from "../visibility/visible-cases-where";

/** One line of "who has looked at this citizen": when, who, from where, and what they did. */
export interface CitizenAccessRow {
  at: Date;
  action: string;
  caseId: string | null;
  personName: string | null;
  organisationName: string | null;
}

/** The audit action of a leader's check of a registration against the CPR register. */
export const REGISTER_CHECK_ACTION = "citizen.identity.confirm";

/**
 * The audit log's entries about a citizen as one person may read them, newest first:
 * - every entry on `caseIds` (the citizen's cases that person may see);
 * - every use of the citizen's CPR number — look-ups when someone registered it, and
 *   leaders' checks of it against the CPR register — since the moment the cases were checked
 *   and found to be this citizen's (for cases from before checks, all of them).
 * Nothing from before that moment, and nothing on the citizen's other cases: a leader whose
 * case joined a known citizen's record reads exactly what they would have read had the
 * number been new, and the citizen's other cases stay with the people who may see them.
 * Read-only: the log itself is append-only (migration 20261130100000).
 */
export async function listCitizenAccess(
  db: DbHandle,
  query: { citizenId: string; caseIds: readonly string[]; limit: number },
): Promise<CitizenAccessRow[]> {
  const rows = await prismaOf(db).$queryRaw<
    Array<{
      at: Date;
      action: string;
      case_id: string | null;
      person_name: string | null;
      organisation_name: string | null;
    }>
  >`WITH "viewed" AS (SELECT unnest(${[...query.caseIds]}::text[]) AS "id"),
    "record" AS (SELECT "cpr", "register_checked_at" FROM "citizen" WHERE "id" = ${query.citizenId}),
    "since" AS (
      SELECT min(COALESCE(
        (SELECT min(c."at") FROM "audit_entry" c
         WHERE c."case_id" = v."id" AND c."action" = ${REGISTER_CHECK_ACTION}),
        '-infinity'::timestamptz)) AS "at"
      FROM "viewed" v
      -- A registration not yet checked has no number's history: it may be anybody's.
      WHERE (SELECT "register_checked_at" FROM "record") IS NOT NULL)
    SELECT a."at", a."action", a."case_id", p."name" AS person_name, o."name" AS organisation_name
    FROM "audit_entry" a
    LEFT JOIN "person" p ON p."id" = a."person_id"
    LEFT JOIN "unit" u ON u."id" = p."unit_id"
    LEFT JOIN "organisation" o ON o."id" = u."organisation_id"
    WHERE a."case_id" IN (SELECT "id" FROM "viewed")
       OR (a."action" IN (${CPR_LOOKUP_ACTION}, ${REGISTER_CHECK_ACTION})
           AND a."at" >= (SELECT "at" FROM "since")
           AND a."citizen_id" IN (
             SELECT "id" FROM "citizen" WHERE "cpr" = (SELECT "cpr" FROM "record")))
    ORDER BY a."at" DESC, a."id" DESC
    LIMIT ${query.limit}`;
  return rows.map((row) => ({
    at: row.at,
    action: row.action,
    caseId: row.case_id,
    personName: row.person_name,
    organisationName: row.organisation_name,
  }));
}

/** The citizen's cases this person may see (the same rule as every list). */
export async function visibleCaseIdsOfCitizen(
  db: DbHandle,
  viewer: CaseViewer,
  citizenId: string,
): Promise<string[]> {
  const rows = await prismaOf(db).case.findMany({
    where: { AND: [visibleCasesWhere(viewer), { citizenId }] },
    select: { id: true },
  });
  return rows.map((row) => row.id);
}
