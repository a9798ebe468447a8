import type { QuarterLabel } from "@samstemt/domain";
import { Prisma } from "../generated/prisma/client";
import type { CaseViewer } from "../visibility/case-viewer";
import { type DashboardScope, scopedCasesSql } from "./dashboard-scope";
import { type QuarterFigure, quarterFigures, quarterPredicates } from "./figure-predicates";
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

/**
 * The quarter query: every per-quarter figure for each of `quarters`, in one statement,
 * aggregated in the database over the indicator rows of the cases the viewer may see.
 */
export function quarterFiguresSql(
  viewer: CaseViewer,
  scope: DashboardScope,
  quarters: readonly QuarterLabel[],
  now: Date,
): Prisma.Sql {
  const counts = quarterFigures.map(
    (figure) =>
      Prisma.sql`(count(*) FILTER (WHERE ${quarterPredicates[figure]}))::int AS ${Prisma.raw(`"${figure}"`)}`,
  );
  const percentiles = Object.entries(leadTimes).flatMap(([name, { column, figure }]) =>
    (["median", "p90"] as const).map((which) => {
      const fraction = which === "median" ? 0.5 : 0.9;
      return Prisma.sql`percentile_cont(${fraction}::float8) WITHIN GROUP (ORDER BY i.${Prisma.raw(`"${column}"`)})
        FILTER (WHERE ${quarterPredicates[figure]}) AS ${Prisma.raw(`"${name}_${which}"`)}`;
    }),
  );
  return Prisma.sql`
    WITH scoped AS (${scopedCasesSql(viewer, scope)}),
      q AS (${quartersSql(quarters)}),
      n AS (${nowSql(now)}),
      figures AS (
        SELECT q."idx", ${Prisma.join([...counts, ...percentiles])}
        FROM q CROSS JOIN n
          LEFT JOIN ("case_indicator" i JOIN scoped s ON s."id" = i."case_id") ON TRUE
        GROUP BY q."idx"),
      meetings AS (
        SELECT q."idx", count(m."id")::int AS "collaboration_meetings",
          (count(m."id") FILTER (WHERE m."citizen_present" IS TRUE))::int AS "with_citizen"
        FROM q LEFT JOIN ("meeting" m JOIN scoped s ON s."id" = m."case_id")
          ON m."kind" = 'collaboration' AND m."held_at" >= q."qs" AND m."held_at" < q."qe"
        GROUP BY q."idx")
    SELECT figures.*, meetings."collaboration_meetings", meetings."with_citizen"
    FROM figures JOIN meetings ON meetings."idx" = figures."idx"
    ORDER BY figures."idx"`;
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
