import type { Database } from "../client/database";
import type { AnalystExportScope } from "./analyst-exports";

/**
 * One case as an analyst export sees it: the indicator row (dates, stages, deadline status,
 * meeting counts, agreement completeness, sectors) and the citizen's id, which the export
 * turns into a pseudonym and never writes. No names, CPR numbers or free text are read.
 */
export interface ExportCaseRow {
  citizen_id: string;
  status: string;
  initiative_at: Date;
  initiative_quarter: string;
  endorsed_at: Date | null;
  declined: boolean;
  excluded: boolean;
  activated_at: Date | null;
  first_meeting_at: Date | null;
  closed_at: Date | null;
  closing_reason: string | null;
  days_to_endorsement: number | null;
  days_to_activation: number | null;
  days_to_first_meeting: number | null;
  deadline_at: Date | null;
  deadline_state: string | null;
  has_coordinator: boolean;
  organisational_agreement_signed: boolean;
  organisational_agreement_complete: boolean;
  organisational_agreement_missing_fields: number;
  citizen_agreement_signed: boolean;
  citizen_agreement_complete: boolean;
  citizen_agreement_missing_fields: number;
  supervision: boolean | null;
  meeting_every: number | null;
  meeting_unit: string | null;
  meetings_held: number;
  collaboration_meetings_held: number;
  citizen_present_meetings: number;
  meetings_expected: number | null;
  next_meeting_overdue: boolean;
  change_notices: number;
  pending_acknowledgements: number;
  sectors: string[];
  sector_count: number;
}

const columns = `c."citizen_id", i."status"::text AS "status", i."initiative_at", i."initiative_quarter",
  i."endorsed_at", i."declined", i."excluded", i."activated_at", i."first_meeting_at", i."closed_at",
  i."closing_reason", i."days_to_endorsement", i."days_to_activation", i."days_to_first_meeting",
  i."deadline_at", i."deadline_state"::text AS "deadline_state", i."has_coordinator",
  i."organisational_agreement_signed", i."organisational_agreement_complete",
  i."organisational_agreement_missing_fields", i."citizen_agreement_signed",
  i."citizen_agreement_complete", i."citizen_agreement_missing_fields", i."supervision",
  i."meeting_every", i."meeting_unit", i."meetings_held", i."collaboration_meetings_held",
  i."citizen_present_meetings", i."meetings_expected", i."next_meeting_overdue",
  i."change_notices", i."pending_acknowledgements", i."sectors"::text[] AS "sectors", i."sector_count"`;

const scopeCondition = `i."initiative_quarter" >= $1 AND i."initiative_quarter" <= $2
  AND (cardinality($3::text[]) = 0
    OR u."organisation_id" = ANY($3::text[])
    OR EXISTS (SELECT 1 FROM "case_organisation" co
               WHERE co."case_id" = c."id" AND co."organisation_id" = ANY($3::text[])))`;

const from = `FROM "case_indicator" i JOIN "case" c ON c."id" = i."case_id"
  JOIN "unit" u ON u."id" = c."initiator_unit_id"`;

/** How many cases an export will have (for its progress). */
export async function countExportRows(
  database: Pick<Database, "sql">,
  scope: AnalystExportScope,
): Promise<number> {
  const [row] = await database.sql.query<{ n: number }>(
    `SELECT count(*)::int AS "n" ${from} WHERE ${scopeCondition}`,
    [scope.fromQuarter, scope.toQuarter, scope.organisationIds],
  );
  return row?.n ?? 0;
}

/**
 * The export's cases in batches, straight from the database: keyset pagination on the case
 * id (its primary key), so memory holds one batch whatever the size of the export, and each
 * batch is its own short query (PGlite's one connection is free between batches).
 */
export async function* exportRowBatches(
  database: Pick<Database, "sql">,
  scope: AnalystExportScope,
  batchSize = 5000,
): AsyncGenerator<ExportCaseRow[]> {
  let after = "";
  for (;;) {
    const rows = await database.sql.query<ExportCaseRow & { case_id: string }>(
      `SELECT c."id" AS "case_id", ${columns} ${from}
       WHERE ${scopeCondition} AND c."id" > $4 ORDER BY c."id" LIMIT $5`,
      [scope.fromQuarter, scope.toQuarter, scope.organisationIds, after, batchSize],
    );
    if (rows.length === 0) return;
    after = rows[rows.length - 1]?.case_id ?? after;
    for (const row of rows) delete (row as Partial<typeof row>).case_id;
    yield rows;
    if (rows.length < batchSize) return;
  }
}
