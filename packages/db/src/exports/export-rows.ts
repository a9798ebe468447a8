import { DANISH_TIME_ZONE } from "@samstemt/domain";
import type { Database } from "../client/database";
import type { AnalystExportScope } from "./analyst-exports";

/**
 * One case as an analyst export sees it: the indicator row (dates, stages, deadline status,
 * meeting counts, agreement completeness, sectors) and the citizen's id, which the export
 * turns into a pseudonym and never writes. No names, CPR numbers or free text are read.
 *
 * Most columns come as one piece of CSV text, formatted by the database: it does that in
 * its own process while the worker hashes pseudonyms, and the worker then handles a few
 * values per row instead of thirty (which is what kept an export of a million cases below
 * 100,000 rows a second).
 */
export interface ExportCaseRow {
  /** For paging only: an export never writes it. */
  case_id: string;
  citizen_id: string;
  /** For the aggregate tables (also inside `fields`). */
  initiative_quarter: string;
  status: string;
  deadline_state: string | null;
  /**
   * The columns of `exportCaseFields`, in order, as CSV text: separated by ";", a field
   * quoted (its quotes doubled) only when it holds ";", a quote or a line break (RFC 4180).
   * Dates are Danish calendar dates, "2026-03-14"; yes/no is 1/0; empty is unknown or not
   * applicable.
   */
  fields: string;
  /** The sectors taking part, space-separated in the stored order (the worker orders them). */
  sectors: string;
  sector_count: number;
}

/** What kind of value each field of `ExportCaseRow.fields` is, in order. */
export type ExportFieldKind = "date" | "text" | "flag" | "number";

const date = (column: string) => `to_char(i."${column}" AT TIME ZONE $6, 'YYYY-MM-DD')`;
const flag = (column: string) => `i."${column}"::int`;
const number = (column: string) => `i."${column}"`;
/** Enum labels are the product's own identifiers: they never need quoting. */
const label = (column: string) => `i."${column}"::text`;
/** Text that is not the product's own: quoted when it needs it. */
const quoted = (expression: string) =>
  `CASE WHEN ${expression} ~ '[;"\r\n]' THEN '"' || replace(${expression}, '"', '""') || '"' ELSE ${expression} END`;

/** The fields in `ExportCaseRow.fields`: the case file's columns from initiativ_dato to ventende_kvitteringer. */
const caseFields: ReadonlyArray<readonly [kind: ExportFieldKind, sql: string]> = [
  ["date", date("initiative_at")],
  ["text", quoted(`i."initiative_quarter"`)],
  ["text", label("status")],
  ["date", date("endorsed_at")],
  ["flag", flag("declined")],
  ["flag", flag("excluded")],
  ["date", date("activated_at")],
  ["date", date("first_meeting_at")],
  ["date", date("deadline_at")],
  ["text", label("deadline_state")],
  ["number", number("days_to_endorsement")],
  ["number", number("days_to_activation")],
  ["number", number("days_to_first_meeting")],
  ["date", date("closed_at")],
  ["text", quoted(`i."closing_reason"`)],
  ["flag", flag("has_coordinator")],
  ["flag", flag("organisational_agreement_signed")],
  ["flag", flag("organisational_agreement_complete")],
  ["number", number("organisational_agreement_missing_fields")],
  ["flag", flag("citizen_agreement_signed")],
  ["flag", flag("citizen_agreement_complete")],
  ["number", number("citizen_agreement_missing_fields")],
  ["flag", flag("supervision")],
  // "2 week": the number and the unit, as the analyst reads the agreed frequency.
  [
    "text",
    quoted(
      `CASE WHEN i."meeting_every" IS NULL THEN NULL ELSE btrim(i."meeting_every" || ' ' || coalesce(i."meeting_unit", '')) END`,
    ),
  ],
  ["number", number("meetings_held")],
  ["number", number("collaboration_meetings_held")],
  ["number", number("citizen_present_meetings")],
  ["number", number("meetings_expected")],
  ["flag", flag("next_meeting_overdue")],
  ["number", number("change_notices")],
  ["number", number("pending_acknowledgements")],
];

/** The kinds of the fields in `ExportCaseRow.fields`, in order. */
export const exportCaseFields: readonly ExportFieldKind[] = caseFields.map(([kind]) => kind);

const fields = caseFields.map(([, sql]) => `coalesce((${sql})::text, '')`).join(` || ';' || `);

const columns = `i."case_id", c."citizen_id", i."initiative_quarter", i."status"::text AS "status",
  i."deadline_state"::text AS "deadline_state", ${fields} AS "fields",
  coalesce(array_to_string(i."sectors", ' '), '') AS "sectors", i."sector_count"`;

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
  // Measured (1,000,000 cases, old space capped at 128 MB): 5,000 rows a batch halved the
  // worker's CPU time against 10,000, most of it garbage collection; 1,000 cost more queries.
  batchSize = 5_000,
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
