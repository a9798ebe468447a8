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
 * 100,000 rows a second). Five columns, not eight: the driver parses every column of every
 * row in the worker (measured: 2.4 s of the worker's CPU per million rows with eight, 1.8 s
 * with five).
 */
export interface ExportCaseRow {
  /** For paging only: an export never writes it. */
  case_id: string;
  citizen_id: string;
  /**
   * What the aggregate tables count the case by: its initiative quarter, status and deadline
   * state ("" when it has none), separated by ";" — "2026-Q1;active;met" (also in `fields`).
   */
  tally: string;
  /**
   * The columns of `exportCaseFields`, in order, as CSV text: separated by ";", a field
   * quoted (its quotes doubled) only when it holds ";", a quote or a line break (RFC 4180).
   * Dates are Danish calendar dates, "2026-03-14"; yes/no is 1/0; empty is unknown or not
   * applicable.
   */
  fields: string;
  /**
   * The last two columns as CSV text: the sectors taking part, space-separated in the stored
   * order (the worker orders them), and their count — "region municipality;2". Sector labels
   * are the product's own identifiers: they never need quoting.
   */
  sectors: string;
}

/** What kind of value each field of `ExportCaseRow.fields` is, in order. */
export type ExportFieldKind = "date" | "text" | "flag" | "number";

/**
 * A Danish calendar date, "2026-03-14". A date's own text output is that under the ISO
 * DateStyle every PostgreSQL and PGlite starts with, and costs the database less than to_char
 * (measured: 0.7 s of 4.8 s CPU per million rows); to_char where a server is set otherwise.
 */
const date = (column: string) => (isoDates: boolean) =>
  isoDates
    ? `(i."${column}" AT TIME ZONE $6)::date`
    : `to_char(i."${column}" AT TIME ZONE $6, 'YYYY-MM-DD')`;
const flag = (column: string) => `i."${column}"::int`;
const number = (column: string) => `i."${column}"`;
/** Enum labels are the product's own identifiers: they never need quoting. */
const label = (column: string) => `i."${column}"::text`;
/** Text that is not the product's own: quoted when it needs it. */
const quoted = (expression: string) =>
  `CASE WHEN ${expression} ~ '[;"\r\n]' THEN '"' || replace(${expression}, '"', '""') || '"' ELSE ${expression} END`;

/** The fields in `ExportCaseRow.fields`: the case file's columns from initiativ_dato to ventende_kvitteringer. */
type FieldSql = string | ((isoDates: boolean) => string);
const caseFields: ReadonlyArray<readonly [kind: ExportFieldKind, sql: FieldSql]> = [
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

/** The columns a batch reads; `fields` in one concat_ws (one text, not sixty from "||"). */
const columnsSql = (isoDates: boolean) => {
  const fields = caseFields
    .map(([, sql]) => `coalesce((${typeof sql === "string" ? sql : sql(isoDates)})::text, '')`)
    .join(", ");
  return `i."case_id", c."citizen_id",
  i."initiative_quarter" || ';' || i."status"::text || ';' || coalesce(i."deadline_state"::text, '') AS "tally",
  concat_ws(';', ${fields}) AS "fields",
  coalesce(array_to_string(i."sectors", ' '), '') || ';' || i."sector_count" AS "sectors"`;
};

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
 * A stretch of case ids: those after `after` and up to `upTo` (to the end when null). An
 * export's stretches side by side cover every case once, in order.
 */
export interface ExportKeyRange {
  after: string;
  upTo: string | null;
}

export const WHOLE_KEY_RANGE: ExportKeyRange = { after: "", upTo: null };

/**
 * The case ids cut into `parts` stretches of about as many cases each, for reading them side
 * by side on several connections. The cuts come from the planner's statistics of the case
 * indicator's key (its histogram, which ANALYZE and autovacuum keep), so finding them reads no
 * rows; they are even over all cases, not over one export's scope. One stretch (the whole)
 * when there are no statistics yet.
 */
export async function exportKeyRanges(
  database: Pick<Database, "sql">,
  parts: number,
): Promise<ExportKeyRange[]> {
  const [row] = await database.sql.query<{ bounds: string[] | null }>(
    `SELECT histogram_bounds::text::text[] AS "bounds" FROM pg_stats
     WHERE schemaname = current_schema() AND tablename = 'case_indicator' AND attname = 'case_id'`,
  );
  const bounds = row?.bounds ?? [];
  if (parts < 2 || bounds.length < parts + 1) return [WHOLE_KEY_RANGE];
  const cuts = Array.from(
    { length: parts - 1 },
    (_, k) => bounds[Math.round(((k + 1) * (bounds.length - 1)) / parts)] as string,
  );
  return [...cuts, null].map((upTo, k) => ({
    after: k === 0 ? "" : (cuts[k - 1] as string),
    upTo,
  }));
}

/**
 * The export's cases in batches, straight from the database: keyset pagination on the
 * case id, stated for both tables (the planner carries equalities across a join, not
 * inequalities: either table left without it is walked from its start for every batch), so
 * memory holds two batches whatever the size of the export; the next batch is read while the
 * caller writes the last. Each batch is its own short query (PGlite's one connection is free
 * between batches). `range`: only the cases in that stretch of ids.
 */
export async function* exportRowBatches(
  database: Pick<Database, "sql">,
  scope: AnalystExportScope,
  // Measured (1,000,000 cases, old space capped at 128 MB): 5,000 rows a batch halved the
  // worker's CPU time against 10,000, most of it garbage collection; 1,000 cost more queries.
  batchSize = 5_000,
  range: ExportKeyRange = WHOLE_KEY_RANGE,
): AsyncGenerator<ExportCaseRow[]> {
  const [style] = await database.sql.query<{ iso: boolean }>(
    `SELECT current_setting('DateStyle') LIKE 'ISO%' AS "iso"`,
  );
  const upTo = range.upTo === null ? "" : `AND i."case_id" <= $7 AND c."id" <= $7`;
  const text = `SELECT ${columnsSql(style?.iso === true)} ${from}
       WHERE ${scopeCondition} AND i."case_id" > $4 AND c."id" > $4 ${upTo}
       ORDER BY i."case_id" LIMIT $5`;
  const fetch = (after: string) =>
    database.sql.query<ExportCaseRow>(text, [
      scope.fromQuarter,
      scope.toQuarter,
      scope.organisationIds,
      after,
      batchSize,
      DANISH_TIME_ZONE,
      ...(range.upTo === null ? [] : [range.upTo]),
    ]);
  let next = fetch(range.after);
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
