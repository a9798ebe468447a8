import { type DbHandle, prismaOf } from "../client/transaction";

/** One line of "who has looked at this citizen": when, who, from where, and what they did. */
export interface CitizenAccessRow {
  at: Date;
  action: string;
  caseId: string | null;
  personName: string | null;
  organisationName: string | null;
}

/**
 * The audit log's entries about a citizen, newest first: entries naming the citizen, entries
 * on any of their cases (refused attempts name only the case), and list reads naming them
 * among others (`details.citizens`). `caseId` narrows it to one case. Read-only: the log
 * itself is append-only (migration 20261130100000).
 */
export async function listCitizenAccess(
  db: DbHandle,
  query: { citizenId: string; caseId?: string; limit: number },
): Promise<CitizenAccessRow[]> {
  const rows = await prismaOf(db).$queryRaw<
    Array<{
      at: Date;
      action: string;
      case_id: string | null;
      person_name: string | null;
      organisation_name: string | null;
    }>
  >`SELECT a."at", a."action", a."case_id", p."name" AS person_name, o."name" AS organisation_name
    FROM "audit_entry" a
    LEFT JOIN "person" p ON p."id" = a."person_id"
    LEFT JOIN "unit" u ON u."id" = p."unit_id"
    LEFT JOIN "organisation" o ON o."id" = u."organisation_id"
    WHERE (a."citizen_id" = ${query.citizenId}
       OR a."case_id" IN (SELECT "id" FROM "case" WHERE "citizen_id" = ${query.citizenId})
       OR a."details"->'citizens' @> jsonb_build_array(${query.citizenId}::text))
      AND (${query.caseId ?? null}::text IS NULL OR a."case_id" = ${query.caseId ?? null}::text)
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
