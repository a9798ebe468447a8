import type { QuarterLabel } from "@samstemt/domain";
import { Prisma } from "../generated/prisma/client";
import type { CaseViewer } from "../visibility/case-viewer";
import { type DashboardScope, scopedIndicatorFilterSql } from "./dashboard-scope";
import {
  type CurrentFigure,
  currentFigures,
  currentPredicates,
  type QuarterFigure,
  quarterFigures,
} from "./figure-predicates";
import { nowSql, quartersSql } from "./query-frame";

/** Lead times (Danish calendar days from the initiative) whose median and 90th percentile we show. */
export const leadTimes = {
  endorsement: { label: "endorsed_quarter", column: "days_to_endorsement", figure: "endorsed" },
  activation: { label: "activated_quarter", column: "days_to_activation", figure: "activated" },
  firstMeeting: {
    label: "first_meeting_quarter",
    column: "days_to_first_meeting",
    figure: "firstMeetingHeld",
  },
} as const satisfies Record<string, { label: string; column: string; figure: QuarterFigure }>;
export type LeadTime = keyof typeof leadTimes;

export interface LeadTimeFigure {
  /** Median days; null with no case in the quarter. Linear interpolation (as percentile_cont). */
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
 * Figures of the cases active in a quarter (R6 sectors among them), one bit each: a case is
 * counted where it was activated up to the quarter and not closed before it.
 */
const activeBits = {
  active: Prisma.sql`TRUE`,
  sectorRegion: Prisma.sql`'region'::"Sector" = ANY(i."sectors")`,
  sectorMunicipality: Prisma.sql`'municipality'::"Sector" = ANY(i."sectors")`,
  sectorGeneralPractice: Prisma.sql`'general_practice'::"Sector" = ANY(i."sectors")`,
  sectorProbationService: Prisma.sql`'probation_service'::"Sector" = ANY(i."sectors")`,
  crossSectoral: Prisma.sql`i."sector_count" >= 2`,
} as const satisfies Partial<Record<QuarterFigure, Prisma.Sql>>;

const quoted = (name: string) => Prisma.raw(`"${name}"`);
const bitOf = (index: number) => Prisma.raw(String(2 ** index));

/** An int with bit k set where predicate k holds (figure-predicates.ts stays the definition). */
const bitmask = (predicates: readonly Prisma.Sql[]) => {
  if (predicates.length > 30) throw new Error("a figure bit mask holds at most 30 figures (int)");
  return Prisma.sql`(${Prisma.join(
    predicates.map((p, k) => Prisma.sql`(CASE WHEN ${p} THEN ${bitOf(k)} ELSE 0 END)`),
    " + ",
  )})`;
};

/** 0–7: which of the eight quarters an instant falls in; null outside them. */
const quarterIndex = (instant: Prisma.Sql) =>
  Prisma.sql`(CASE WHEN ${instant} >= t."first" AND ${instant} < t."last"
    THEN width_bucket(${instant}, t."bounds") - 1 END)`;

/** Figures now that depend on the moment of reading (`n`), not only on the row. */
const timeDependent = [
  "deadlineSoon",
  "overdueNow",
  "deadlineOpen",
  "consentLapsing",
] as const satisfies readonly CurrentFigure[];

/** The indicator columns every other figure now reads (its predicate runs on their groups). */
const currentGroupColumns = [
  "status",
  "has_coordinator",
  "organisational_agreement_signed",
  "citizen_agreement_signed",
  "organisational_agreement_missing_fields",
  "citizen_agreement_missing_fields",
  "pending_acknowledgements",
  "supervision",
  "meetings_held",
  "meetings_expected",
  "next_meeting_overdue",
] as const;

/**
 * The keys each visible row is grouped by: the Danish quarter labels the indicator row
 * carries, lead-time days, quarter indexes of the instants without a label column, and bit
 * masks of the figures of a row (active in a quarter; the gaps now).
 */
function indicatorKeys(): { name: string; value: Prisma.Sql }[] {
  const i = (column: string) => Prisma.sql`i.${quoted(column)}`;
  return [
    { name: "initiative_quarter", value: i("initiative_quarter") },
    { name: "endorsed_quarter", value: i("endorsed_quarter") },
    { name: "days_to_endorsement", value: i("days_to_endorsement") },
    { name: "activated_quarter", value: i("activated_quarter") },
    { name: "days_to_activation", value: i("days_to_activation") },
    { name: "first_meeting_quarter", value: i("first_meeting_quarter") },
    { name: "days_to_first_meeting", value: i("days_to_first_meeting") },
    { name: "closed_quarter", value: i("closed_quarter") },
    { name: "closing_reason", value: i("closing_reason") },
    {
      name: "active_bits",

      value: Prisma.sql`(CASE WHEN i."activated_quarter" IS NOT NULL
        THEN ${bitmask(Object.values(activeBits))} END)`,
    },
    {
      name: "declined_idx",

      value: Prisma.sql`(CASE WHEN i."declined" THEN ${quarterIndex(i("declined_at"))} END)`,
    },
    {
      name: "excluded_idx",

      value: Prisma.sql`(CASE WHEN i."excluded" THEN ${quarterIndex(i("excluded_at"))} END)`,
    },
    { name: "deadline_idx", value: quarterIndex(i("deadline_at")) },
    {
      name: "deadline_met",

      value: Prisma.sql`(i."first_meeting_at" <= i."deadline_at")`,
    },
    {
      name: "deadline_missed",

      value: Prisma.sql`(i."first_meeting_at" > i."deadline_at"
        OR (i."first_meeting_at" IS NULL AND i."deadline_at" < n."now"))`,
    },
    // The gaps now: the predicates that compare with the moment of reading as bits per row;
    // the others are evaluated on the groups of the columns they read (currentColumns).
    { name: "time_bits", value: bitmask(timeDependent.map((f) => currentPredicates[f])) },
    ...currentGroupColumns.map((column) => ({ name: column, value: i(column) })),
    // R8: the quarters of the case's collaboration meetings; some hundred distinct lists.
    { name: "collaboration_meeting_quarters", value: i("collaboration_meeting_quarters") },
    { name: "citizen_present_meeting_quarters", value: i("citizen_present_meeting_quarters") },
  ];
}

/**
 * What is counted per group. Each set is one hash table filled in the same pass; sets whose
 * keys combine into few groups share one.
 */
const groupingSets = [
  [
    "initiative_quarter",
    "closed_quarter",
    "closing_reason",
    "declined_idx",
    "excluded_idx",
    "deadline_idx",
    "deadline_met",
    "deadline_missed",
  ],
  ["endorsed_quarter", "days_to_endorsement"],
  ["activated_quarter", "days_to_activation"],
  ["first_meeting_quarter", "days_to_first_meeting"],
  ["activated_quarter", "closed_quarter", "active_bits"],
  ["time_bits", ...currentGroupColumns],
  ["collaboration_meeting_quarters", "citizen_present_meeting_quarters"],
] as const;
type GroupingSet = (typeof groupingSets)[number];

/**
 * The quarter query: every per-quarter figure for each of `quarters`, the gaps now and the
 * last quarter's closing reasons, in one statement, aggregated in the database over the
 * indicator rows of the cases the viewer may see.
 *
 * Built to stay fast at 40,000 cases: the indicator rows are read once, filtered by
 * visibility with one array overlap (their visibility keys), and counted in one pass by
 * GROUPING SETS into some hundreds of small groups (quarter labels, lead-time days, bit masks
 * of the figures a row is in, the quarters of its collaboration meetings); every figure is
 * then summed from those groups. The meetings come from the indicator rows too: filtering
 * the meeting table by visibility a second time cost more than all the rest of a pass. Lead-time percentiles come from
 * the days' histogram with percentile_cont's own arithmetic, so they are equal, not close.
 * `figure-predicates.ts` states the same figures case by case for the drill-down, and the
 * bit masks are built from its predicates; the dashboard test holds both to the domain's
 * own computation. Its hash tables want the sessions' work_mem (client/session-settings.ts).
 */
export function quarterFiguresSql(
  viewer: CaseViewer,
  scope: DashboardScope,
  quarters: readonly QuarterLabel[],
  now: Date,
): Prisma.Sql {
  const last = quarters.at(-1) as string;
  const keys = indicatorKeys();
  const keyNames = keys.map((k) => k.name);
  const keyList = Prisma.raw(keyNames.map((k) => `"${k}"`).join(", "));
  // GROUPING(...) of a row's set: bit (n-1-k) is 1 where key k is not in the set.
  const setId = (set: GroupingSet) =>
    keyNames.reduce(
      (acc, key, k) =>
        acc + ((set as readonly string[]).includes(key) ? 0 : 2 ** (keyNames.length - 1 - k)),
      0,
    );
  const inSet = (set: GroupingSet) => Prisma.sql`g."set" = ${Prisma.raw(String(setId(set)))}`;
  const inSets = (sets: readonly GroupingSet[]) =>
    Prisma.sql`g."set" IN (${Prisma.raw(sets.map((set) => String(setId(set))).join(", "))})`;
  const [events, endorsedSet, activatedSet, firstMeetingSet, activeSet, currentSet, meetingSet] =
    groupingSets;

  // Every per-quarter figure as a sum over the groups, in one pass over quarters × groups.
  const sumWhere = (set: GroupingSet, condition: Prisma.Sql) =>
    Prisma.sql`(coalesce(sum(g."n") FILTER (WHERE ${inSet(set)} AND ${condition}), 0))::int`;
  const labelled = (set: GroupingSet, label: string) =>
    sumWhere(set, Prisma.sql`g.${quoted(label)} = q."label"`);
  // R8: meetings per quarter label, from the groups of cases with the same meeting quarters
  // (at most one group per case, however many meetings a case has had).
  const meetingsPerQuarter = (name: string, key: string) =>
    Prisma.sql`${Prisma.raw(name)} AS (
        SELECT x."label", sum(g."n")::int AS "n"
        FROM g CROSS JOIN unnest(g.${quoted(key)}) AS x("label")
        WHERE ${inSet(meetingSet)} GROUP BY 1)`;
  const byIndex = (key: string, extra: Prisma.Sql = Prisma.sql`TRUE`) =>
    sumWhere(events, Prisma.sql`g.${quoted(key)} = q."idx" AND ${extra}`);
  const activeColumns = Object.keys(activeBits).map(
    (figure, k) =>
      Prisma.sql`(${sumWhere(
        activeSet,
        Prisma.sql`g."activated_quarter" <= q."label" AND g."active_bits" & ${bitOf(k)} <> 0`,
      )} - ${sumWhere(
        activeSet,
        Prisma.sql`g."activated_quarter" IS NOT NULL AND g."closed_quarter" < q."label"
        AND g."active_bits" & ${bitOf(k)} <> 0`,
      )}) AS ${quoted(figure)}`,
  );
  const leadTimeSets = {
    endorsement: endorsedSet,
    activation: activatedSet,
    firstMeeting: firstMeetingSet,
  } as const satisfies Record<LeadTime, GroupingSet>;
  const leadTimeColumns = Object.keys(leadTimes).flatMap((name) =>
    (["median", "p90"] as const).map(
      (which) => Prisma.sql`(SELECT p.${quoted(which)} FROM percentiles p
        WHERE p."lead_time" = ${name}::text AND p."label" = f."label") AS ${quoted(`${name}_${which}`)}`,
    ),
  );
  const histograms = Object.entries(leadTimes).map(
    ([name, { label, column }]) => Prisma.sql`SELECT ${name}::text AS "lead_time",
        g.${quoted(label)} AS "label", g.${quoted(column)}::float8 AS "days", g."n"
      FROM g WHERE ${inSet(leadTimeSets[name as LeadTime])}
        AND g.${quoted(label)} IS NOT NULL AND g.${quoted(column)} IS NOT NULL`,
  );
  // Over the groups of the current set, aliased `i` so each predicate runs as written.
  const currentColumns = currentFigures.map((figure: CurrentFigure) => {
    const bit = (timeDependent as readonly CurrentFigure[]).indexOf(figure);
    const holds =
      bit >= 0 ? Prisma.sql`i."time_bits" & ${bitOf(bit)} <> 0` : currentPredicates[figure];
    return Prisma.sql`(coalesce(sum(i."n") FILTER (WHERE ${holds}), 0))::int AS ${quoted(figure)}`;
  });

  return Prisma.sql`
    WITH
      q AS (SELECT v.*, ${Prisma.join(
        quarters.map((label, idx) => Prisma.sql`WHEN ${idx}::int THEN ${label}::text`),
        " ",
        'CASE v."idx" ',
        " END",
      )} AS "label" FROM (${quartersSql(quarters)}) AS v),
      n AS (${nowSql(now)}),
      t AS MATERIALIZED (SELECT array_agg(q."qs" ORDER BY q."idx") || max(q."qe") AS "bounds",
        min(q."qs") AS "first", max(q."qe") AS "last" FROM q),
      g AS (
        SELECT GROUPING(${keyList}) AS "set", ${keyList}, count(*) AS "n"
        FROM (SELECT ${Prisma.join(keys.map((k) => Prisma.sql`${k.value} AS ${quoted(k.name)}`))}
          FROM "case_indicator" i CROSS JOIN t CROSS JOIN n
          WHERE ${scopedIndicatorFilterSql(viewer, scope, Prisma.sql`i`)}) AS keyed
        GROUP BY GROUPING SETS (${Prisma.raw(
          groupingSets.map((set) => `(${set.map((k) => `"${k}"`).join(", ")})`).join(", "),
        )})),
      f AS (
        SELECT q."idx", q."label",
          ${labelled(events, "initiative_quarter")} AS "registered",
          ${labelled(endorsedSet, "endorsed_quarter")} AS "endorsed",
          ${labelled(activatedSet, "activated_quarter")} AS "activated",
          ${labelled(events, "closed_quarter")} AS "closed",
          ${labelled(firstMeetingSet, "first_meeting_quarter")} AS "firstMeetingHeld",
          ${Prisma.join(activeColumns)},
          ${byIndex("declined_idx")} AS "declined",
          ${byIndex("excluded_idx")} AS "excluded",
          ${byIndex("deadline_idx", Prisma.sql`g."deadline_met"`)} AS "deadlineMet",
          ${byIndex("deadline_idx", Prisma.sql`g."deadline_missed"`)} AS "deadlineMissed",
          ${byIndex("deadline_idx", Prisma.sql`(g."deadline_met" OR g."deadline_missed")`)} AS "deadlineDecided"
        FROM q LEFT JOIN g ON ${inSets([events, endorsedSet, activatedSet, firstMeetingSet, activeSet])}
        GROUP BY q."idx", q."label"),
      ${meetingsPerQuarter("held", "collaboration_meeting_quarters")},
      ${meetingsPerQuarter("with_citizen", "citizen_present_meeting_quarters")},
      histogram AS (${Prisma.join(histograms, " UNION ALL ")}),
      ranked AS (
        SELECT h.*, sum(h."n") OVER w AS "upto",
          sum(h."n") OVER (PARTITION BY h."lead_time", h."label") AS "total"
        FROM histogram h WINDOW w AS (PARTITION BY h."lead_time", h."label" ORDER BY h."days")),
      positions AS (
        -- The value at 0-based rank r is the smallest day count with more than r cases up to it.
        SELECT r."lead_time", r."label", p."which", p."at", floor(p."at") AS "low",
          min(r."days") FILTER (WHERE r."upto" > floor(p."at")) AS "low_value",
          min(r."days") FILTER (WHERE r."upto" > ceil(p."at")) AS "high_value"
        FROM ranked r CROSS JOIN LATERAL (VALUES ('median', 0.5::float8 * (r."total" - 1)::float8),
          ('p90', 0.9::float8 * (r."total" - 1)::float8)) AS p("which", "at")
        GROUP BY 1, 2, 3, 4),
      percentiles AS (
        -- percentile_cont's interpolation, operation for operation, so the figures are equal.
        SELECT x."lead_time", x."label",
          max(x."low_value" + (x."at" - x."low") * (x."high_value" - x."low_value"))
            FILTER (WHERE x."which" = 'median') AS "median",
          max(x."low_value" + (x."at" - x."low") * (x."high_value" - x."low_value"))
            FILTER (WHERE x."which" = 'p90') AS "p90"
        FROM positions x GROUP BY 1, 2),
      current AS (
        SELECT ${Prisma.join(currentColumns)},
          (coalesce(sum(i."n" * i."meetings_held") FILTER (WHERE ${currentPredicates.withFrequency}), 0))::int AS "meetings_held",
          (coalesce(sum(i."n" * i."meetings_expected") FILTER (WHERE ${currentPredicates.withFrequency}), 0))::int AS "meetings_expected"
        FROM g AS i CROSS JOIN n WHERE i."set" = ${Prisma.raw(String(setId(currentSet)))}),
      closing AS (
        SELECT g."closing_reason" AS "reason", sum(g."n")::int AS "count"
        FROM g WHERE ${inSet(events)} AND g."closed_quarter" = ${last}::text GROUP BY 1)
    SELECT f.*, ${Prisma.join(leadTimeColumns)},
      coalesce(held."n", 0) AS "collaboration_meetings",
      coalesce(with_citizen."n", 0) AS "with_citizen",
      (SELECT row_to_json(current) FROM current) AS "current",
      (SELECT coalesce(json_agg(closing ORDER BY closing."count" DESC, closing."reason"), '[]'::json)
        FROM closing) AS "closing_reasons"
    FROM f LEFT JOIN held USING ("label") LEFT JOIN with_citizen USING ("label")
    ORDER BY f."idx"`;
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
