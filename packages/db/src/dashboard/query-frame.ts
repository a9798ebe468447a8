import { DANISH_TIME_ZONE, type QuarterLabel } from "@samstemt/domain";
import { Prisma } from "../generated/prisma/client";
import { quarterMonths } from "./quarters";

/** R9 look-ahead on the dashboard: deadlines falling within this many Danish days. */
export const DEADLINE_HORIZON_DAYS = 14;
/** R4 look-ahead: consents lapsing within this many Danish days. */
export const CONSENT_LAPSE_HORIZON_DAYS = 30;

/**
 * The quarters as rows `q(idx, qs, qe)`: first instant of the quarter and first instant
 * after it, both at Danish midnight — the database does the time-zone arithmetic, so the
 * night the clocks change and New Year in Copenhagen are where the domain puts them.
 */
export function quartersSql(labels: readonly QuarterLabel[]): Prisma.Sql {
  const rows = labels.map((label, idx) => {
    const m = quarterMonths(label);
    return Prisma.sql`(${idx}::int,
      make_timestamptz(${m.startYear}::int, ${m.startMonth}::int, 1, 0, 0, 0, ${DANISH_TIME_ZONE}::text),
      make_timestamptz(${m.endYear}::int, ${m.endMonth}::int, 1, 0, 0, 0, ${DANISH_TIME_ZONE}::text))`;
  });
  return Prisma.sql`SELECT * FROM (VALUES ${Prisma.join(rows)}) AS v("idx", "qs", "qe")`;
}

/** Start of the Danish day `days` after the Danish day of `now`. */
const danishDayStart = (now: Date, days: number) =>
  Prisma.sql`((${now}::timestamptz AT TIME ZONE ${DANISH_TIME_ZONE}::text)::date + ${days}::int)::timestamp
    AT TIME ZONE ${DANISH_TIME_ZONE}::text`;

/** The moment of reading as one row `n(now, horizon, lapse_horizon, lapse_window)`. */
export function nowSql(now: Date): Prisma.Sql {
  return Prisma.sql`SELECT w.*, tstzrange(w."now", w."lapse_horizon", '[)') AS "lapse_window"
    FROM (SELECT ${now}::timestamptz AS "now",
      ${danishDayStart(now, DEADLINE_HORIZON_DAYS + 1)} AS "horizon",
      ${danishDayStart(now, CONSENT_LAPSE_HORIZON_DAYS + 1)} AS "lapse_horizon") AS w`;
}
