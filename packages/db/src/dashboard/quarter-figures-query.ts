import type { QuarterLabel } from "@samstemt/domain";
import { Prisma } from "../generated/prisma/client";
import type { CaseViewer } from "../visibility/case-viewer";
import { currentFiguresSelect } from "./current-figures-query";
import { type DashboardScope, scopedCasesSql } from "./dashboard-scope";
import { type QuarterFigure, quarterFigures } from "./figure-predicates";
import { nowSql, quartersSql } from "./query-frame";

/** Lead times (Danish calendar days from the initiative) whose median and 90th percentile we show. */
export const leadTimes = {
  endorsement: { column: "days_to_endorsement", figure: "endorsed" },
  activation: { column: "days_to_activation", figure: "activated" },
  firstMeeting: { column: "days_to_first_meeting", figure: "firstMeetingHeld" },
} as const satisfies Record<string, { column: string; figure: QuarterFigure }>;
export type LeadTime = keyof typeof leadTimes;

export interface LeadTimeFigure {
  /** Median days; null with no case in the quarter. Linear interpolation (percentile_cont). */
  median: number | null;
  p90: number | null;
}

export interface QuarterFiguresRow {
  quarter: QuarterLabel;
  counts: Record<QuarterFigure, number>;
  leadTimes: Record<LeadTime, LeadTimeFigure>;
  /** R8: collaboration meetings held in the quarter, and those the citizen attended. */
  collaborationMeetings: number;
  collaborationMeetingsWithCitizen: number;
}

/** Counts of cases whose dated step (its Danish quarter label column) falls in a quarter. */
const labelledFigures = {
  registered: { label: "initiative_quarter", days: null },
  endorsed: { label: "endorsed_quarter", days: "days_to_endorsement" },
  activated: { label: "activated_quarter", days: "days_to_activation" },
  closed: { label: "closed_quarter", days: null },
  firstMeetingHeld: { label: "first_meeting_quarter", days: "days_to_first_meeting" },
} as const satisfies Partial<Record<QuarterFigure, { label: string; days: string | null }>>;

/** Figures of the cases active in a quarter, counted as activated so far minus closed before. */
const activeFigures = {
  active: Prisma.sql`TRUE`,
  sectorRegion: Prisma.sql`'region'::"Sector" = ANY(i."sectors")`,
  sectorMunicipality: Prisma.sql`'municipality'::"Sector" = ANY(i."sectors")`,
  sectorGeneralPractice: Prisma.sql`'general_practice'::"Sector" = ANY(i."sectors")`,
  sectorProbationService: Prisma.sql`'probation_service'::"Sector" = ANY(i."sectors")`,
  crossSectoral: Prisma.sql`i."sector_count" >= 2`,
} as const satisfies Partial<Record<QuarterFigure, Prisma.Sql>>;

const quoted = (name: string) => Prisma.raw(`"${name}"`);

/** Cases per label of one column, with lead-time percentiles where the step has days. */
function labelledSql(figure: keyof typeof labelledFigures, first: string, last: string) {
  const { label, days } = labelledFigures[figure];
  const percentiles = days
    ? Prisma.sql`, percentile_cont(0.5::float8) WITHIN GROUP (ORDER BY i.${quoted(days)}) AS "median",
        percentile_cont(0.9::float8) WITHIN GROUP (ORDER BY i.${quoted(days)}) AS "p90"`
    : Prisma.sql`, NULL::float8 AS "median", NULL::float8 AS "p90"`;
  return Prisma.sql`SELECT ${figure}::text AS "figure", i.${quoted(label)} AS "label",
      count(*)::int AS "n" ${percentiles}
    FROM cases i WHERE i.${quoted(label)} BETWEEN ${first}::text AND ${last}::text
    GROUP BY i.${quoted(label)}`;
}

/**
 * The quarter query: every per-quarter figure for each of `quarters`, in one statement,
 * aggregated in the database over the indicator rows of the cases the viewer may see.
 *
 * Built to stay fast at 40,000 cases: each step is grouped once by the indicator row's
 * Danish quarter label instead of comparing every case with every quarter; the cases active
 * in a quarter are those activated up to it minus those closed before it. Declined,
 * excluded, the R9 deadline and meetings have no label column: their quarter is found by
 * comparing with the quarters' starts (Danish midnight). `figure-predicates.ts` states the same figures case by case for the drill-down;
 * the dashboard test holds both to the domain's own computation.
 */
export function quarterFiguresSql(
  viewer: CaseViewer,
  scope: DashboardScope,
  quarters: readonly QuarterLabel[],
  now: Date,
): Prisma.Sql {
  // The gaps now and the last quarter's closing reasons come in the same statement, so the
  // visible cases are looked up once: two JSON columns, the same on every row.
  const first = quarters[0] as string;
  const last = quarters.at(-1) as string;
  // Which of the quarters an instant inside them falls in: comparisons with the quarters'
  // starts (Danish midnight) in order — cheaper than a range join or a time-zone conversion.
  const bucket = (instant: Prisma.Sql) =>
    Prisma.sql`CASE ${Prisma.join(
      quarters
        .slice(1)
        .map((_, idx) => Prisma.sql`WHEN ${instant} < t.${quoted(`b${idx + 1}`)} THEN ${idx}::int`),
      " ",
    )} ELSE ${quarters.length - 1}::int END`;
  const labelled = Object.keys(labelledFigures) as (keyof typeof labelledFigures)[];
  const fromLabelled = labelled.map(
    (figure) => Prisma.sql`coalesce((SELECT l."n" FROM labelled l
        WHERE l."figure" = ${figure}::text AND l."label" = q."label"), 0) AS ${quoted(figure)}`,
  );
  const leadTimeColumns = Object.entries(leadTimes).flatMap(([name, { figure }]) =>
    (["median", "p90"] as const).map(
      (which) => Prisma.sql`(SELECT l.${quoted(which)} FROM labelled l
        WHERE l."figure" = ${figure}::text AND l."label" = q."label") AS ${quoted(`${name}_${which}`)}`,
    ),
  );
  const activeColumns = Object.keys(activeFigures).map(
    (
      figure,
    ) => Prisma.sql`(coalesce((SELECT sum(a.${quoted(figure)}) FROM activated a WHERE a."label" <= q."label"), 0)
      - coalesce((SELECT sum(c.${quoted(figure)}) FROM closed c WHERE c."label" < q."label"), 0))::int
      AS ${quoted(figure)}`,
  );
  const activeCounts = Object.entries(activeFigures).map(
    ([figure, predicate]) => Prisma.sql`count(*) FILTER (WHERE ${predicate}) AS ${quoted(figure)}`,
  );
  return Prisma.sql`
    WITH
      q AS (SELECT v.*, ${Prisma.join(
        quarters.map((label, idx) => Prisma.sql`WHEN ${idx}::int THEN ${label}::text`),
        " ",
        'CASE v."idx" ',
        " END",
      )} AS "label" FROM (${quartersSql(quarters)}) AS v),
      n AS (${nowSql(now)}),
      cases AS MATERIALIZED (
        SELECT i."case_id", i."initiative_quarter", i."endorsed_quarter", i."activated_quarter", i."closed_quarter",
          i."first_meeting_quarter", i."days_to_endorsement", i."days_to_activation",
          i."days_to_first_meeting", i."declined_at", i."excluded_at", i."deadline_at",
          i."first_meeting_at", i."activated_at", i."closed_at", i."sectors", i."sector_count",
          i."closing_reason", i."status", i."has_coordinator", i."organisational_agreement_signed",
          i."citizen_agreement_signed", i."organisational_agreement_missing_fields",
          i."citizen_agreement_missing_fields", i."pending_acknowledgements", i."consent_expiries",
          i."supervision", i."meetings_held", i."meetings_expected", i."next_meeting_overdue"
        FROM "case_indicator" i WHERE i."case_id" IN (${scopedCasesSql(viewer, scope)})
          -- A case finished before the first quarter (and its deadline too) changes no figure:
          -- activated and closed before it, it adds to both sides of "active" alike.
          AND NOT (i."status" IN ('closed', 'declined', 'excluded')
            AND coalesce(i."closed_at", i."declined_at", i."excluded_at") < (SELECT min(q."qs") FROM q)
            AND (i."deadline_at" IS NULL OR i."deadline_at" < (SELECT min(q."qs") FROM q)))),
      current AS (${currentFiguresSelect()}),
      closing AS (
        SELECT i."closing_reason" AS "reason", count(*)::int AS "count"
        FROM cases i WHERE i."closed_quarter" = ${last}::text GROUP BY 1),
      labelled AS (${Prisma.join(
        labelled.map((figure) => labelledSql(figure, first, last)),
        " UNION ALL ",
      )}),
      activated AS (
        SELECT i."activated_quarter" AS "label", ${Prisma.join(activeCounts)}
        FROM cases i WHERE i."activated_quarter" IS NOT NULL GROUP BY 1),
      closed AS (
        SELECT i."closed_quarter" AS "label", ${Prisma.join(activeCounts)}
        FROM cases i WHERE i."activated_quarter" IS NOT NULL AND i."closed_quarter" IS NOT NULL
        GROUP BY 1),
      t AS (SELECT ${Prisma.join(
        quarters.map(
          (_, idx) =>
            Prisma.sql`max(q."qs") FILTER (WHERE q."idx" = ${idx}::int) AS ${quoted(`b${idx}`)}`,
        ),
      )}, min(q."qs") AS "first", max(q."qe") AS "last" FROM q),
      deadlines AS (
        SELECT ${bucket(Prisma.sql`i."deadline_at"`)} AS "idx",
          (count(*) FILTER (WHERE i."first_meeting_at" <= i."deadline_at"))::int AS "met",
          (count(*) FILTER (WHERE i."first_meeting_at" > i."deadline_at"
            OR (i."first_meeting_at" IS NULL AND i."deadline_at" < n."now")))::int AS "missed"
        FROM cases i CROSS JOIN t CROSS JOIN n
        WHERE i."deadline_at" >= t."first" AND i."deadline_at" < t."last" GROUP BY 1),
      declined AS (
        SELECT ${bucket(Prisma.sql`i."declined_at"`)} AS "idx", count(*)::int AS "n"
        FROM cases i CROSS JOIN t
        WHERE i."declined_at" >= t."first" AND i."declined_at" < t."last" GROUP BY 1),
      excluded AS (
        SELECT ${bucket(Prisma.sql`i."excluded_at"`)} AS "idx", count(*)::int AS "n"
        FROM cases i CROSS JOIN t
        WHERE i."excluded_at" >= t."first" AND i."excluded_at" < t."last" GROUP BY 1),
      meetings AS (
        SELECT ${bucket(Prisma.sql`m."held_at"`)} AS "idx", count(*)::int AS "held",
          (count(*) FILTER (WHERE m."citizen_present" IS TRUE))::int AS "with_citizen"
        FROM "meeting" m JOIN cases s ON s."case_id" = m."case_id" CROSS JOIN t
        WHERE m."kind" = 'collaboration' AND m."held_at" >= t."first"
          AND m."held_at" < t."last" GROUP BY 1)
    SELECT q."idx", ${Prisma.join([...fromLabelled, ...leadTimeColumns, ...activeColumns])},
      coalesce(declined."n", 0) AS "declined", coalesce(excluded."n", 0) AS "excluded",
      coalesce(deadlines."met", 0) AS "deadlineMet", coalesce(deadlines."missed", 0) AS "deadlineMissed",
      (coalesce(deadlines."met", 0) + coalesce(deadlines."missed", 0))::int AS "deadlineDecided",
      coalesce(meetings."held", 0) AS "collaboration_meetings",
      coalesce(meetings."with_citizen", 0) AS "with_citizen",
      (SELECT row_to_json(current) FROM current) AS "current",
      (SELECT coalesce(json_agg(closing ORDER BY closing."count" DESC, closing."reason"), '[]'::json)
        FROM closing) AS "closing_reasons"
    FROM q LEFT JOIN deadlines USING ("idx") LEFT JOIN declined USING ("idx")
      LEFT JOIN excluded USING ("idx") LEFT JOIN meetings USING ("idx")
    ORDER BY q."idx"`;
}

type RawRow = Record<string, number | null> & { idx: number };

export function quarterFiguresFromRows(
  rows: readonly RawRow[],
  quarters: readonly QuarterLabel[],
): QuarterFiguresRow[] {
  return rows.map((row) => {
    const num = (key: string) => (row[key] === null ? null : Number(row[key]));
    return {
      quarter: quarters[row.idx] as QuarterLabel,
      counts: Object.fromEntries(quarterFigures.map((f) => [f, Number(row[f])])) as Record<
        QuarterFigure,
        number
      >,
      leadTimes: Object.fromEntries(
        Object.keys(leadTimes).map((name) => [
          name,
          { median: num(`${name}_median`), p90: num(`${name}_p90`) },
        ]),
      ) as Record<LeadTime, LeadTimeFigure>,
      collaborationMeetings: Number(row.collaboration_meetings),
      collaborationMeetingsWithCitizen: Number(row.with_citizen),
    };
  });
}
