import { DANISH_TIME_ZONE } from "@samstemt/domain";
import type { Database } from "../client/database";
import type { AnalystExportScope } from "./analyst-exports";

/**
 * One case as an analyst export sees it: the indicator row (dates, stages, deadline status,
 * meeting counts, agreement completeness, sectors) and the citizen's id, which the export
 * turns into a pseudonym and never writes. No names, CPR numbers or free text are read.
 */
export interface ExportCaseRow {
  /** For paging only: an export never writes it. */
  case_id: string;
  citizen_id: string;
  status: string;
  /** Dates are Danish calendar dates, "2026-03-14", formatted by the database. */
  initiative_date: string;
  initiative_quarter: string;
  endorsed_date: string | null;
  declined: boolean;
  excluded: boolean;
  activated_date: string | null;
  first_meeting_date: string | null;
  closed_date: string | null;
  closing_reason: string | null;
  days_to_endorsement: number | null;
  days_to_activation: number | null;
  days_to_first_meeting: number | null;
  deadline_date: string | null;
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

const day = (column: string, as: string) =>
  `to_char(i."${column}" AT TIME ZONE $6, 'YYYY-MM-DD') AS "${as}"`;

const columns = `i."case_id", c."citizen_id", i."status"::text AS "status",
  ${day("initiative_at", "initiative_date")}, i."initiative_quarter",
  ${day("endorsed_at", "endorsed_date")}, i."declined", i."excluded",
  ${day("activated_at", "activated_date")}, ${day("first_meeting_at", "first_meeting_date")},
  ${day("closed_at", "closed_date")}, i."closing_reason", i."days_to_endorsement",
  i."days_to_activation", i."days_to_first_meeting", ${day("deadline_at", "deadline_date")},
  i."deadline_state"::text AS "deadline_state", i."has_coordinator",
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
 * The export's cases in batches, straight from the database: keyset pagination on the
 * case id, stated for both tables (the planner carries equalities across a join, not
 * inequalities: either table left without it is walked from its start for every batch), so memory holds two batches whatever the size of the export; the
 * next batch is read while the caller writes the last. Each batch is its own short query
 * (PGlite's one connection is free between batches).
 */
export async function* exportRowBatches(
  database: Pick<Database, "sql">,
  scope: AnalystExportScope,
  batchSize = 10_000,
): AsyncGenerator<ExportCaseRow[]> {
  const fetch = (after: string) =>
    database.sql.query<ExportCaseRow>(
      `SELECT ${columns} ${from}
       WHERE ${scopeCondition} AND i."case_id" > $4 AND c."id" > $4
       ORDER BY i."case_id" LIMIT $5`,
      [
        scope.fromQuarter,
        scope.toQuarter,
        scope.organisationIds,
        after,
        batchSize,
        DANISH_TIME_ZONE,
      ],
    );
  let next = fetch("");
  for (;;) {
    const rows = await next;
    if (rows.length === 0) return;
    const last = rows[rows.length - 1]?.case_id ?? "";
    next = rows.length < batchSize ? Promise.resolve([]) : fetch(last);
    // Read by the next round; a consumer that stops early must not leave it unhandled.
    next.catch(() => {});
    yield rows;
  }
}
