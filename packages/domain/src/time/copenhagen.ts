import { tzOffset, tzScan } from "@date-fns/tz";
import { civilFromDays, MS_PER_DAY } from "./civil";

/** Danish time: every calendar rule of the model (R9 deadline, R12 quarters) is read here. */
export const DANISH_TIME_ZONE = "Europe/Copenhagen";

const MS_PER_MINUTE = 60_000;

/**
 * The zone's offset at the start of one UTC year plus the offset changes inside it.
 *
 * Why a per-year table: asking `Intl` (via @date-fns/tz) for every evaluation costs
 * microseconds; the model needs ≥ 1M deadline evaluations per second. The offset
 * changes come from the runtime's own tz database through `tzScan`, so no rule
 * (last Sunday of March/October, …) is hand-written here.
 */
interface ZoneYear {
  startOffsetMs: number;
  changes: ReadonlyArray<{ atMs: number; offsetMs: number }>;
}

const zoneYears = new Map<number, ZoneYear>();

function loadZoneYear(year: number): ZoneYear {
  const start = new Date(Date.UTC(year, 0, 1));
  const end = new Date(Date.UTC(year + 1, 0, 1));
  const startOffset = tzOffset(DANISH_TIME_ZONE, start);
  if (Number.isNaN(startOffset)) {
    throw new Error(
      `The runtime has no time-zone data for ${DANISH_TIME_ZONE} (Intl.DateTimeFormat with full ICU is required).`,
    );
  }
  const changes = tzScan(DANISH_TIME_ZONE, { start, end })
    .filter((change) => change.date.getTime() < end.getTime())
    .map((change) => ({ atMs: change.date.getTime(), offsetMs: change.offset * MS_PER_MINUTE }));
  const zoneYear = { startOffsetMs: startOffset * MS_PER_MINUTE, changes };
  zoneYears.set(year, zoneYear);
  return zoneYear;
}

/** UTC year of an instant, without allocating a Date. */
function utcYearOf(utcMs: number): number {
  return civilFromDays(Math.floor(utcMs / MS_PER_DAY)).year;
}

/** Offset of Danish time from UTC at an instant, in milliseconds (+3_600_000 in winter). */
export function danishOffsetMs(utcMs: number): number {
  const year = utcYearOf(utcMs);
  const zoneYear = zoneYears.get(year) ?? loadZoneYear(year);
  let offset = zoneYear.startOffsetMs;
  for (const change of zoneYear.changes) {
    if (utcMs < change.atMs) break;
    offset = change.offsetMs;
  }
  return offset;
}

/** Danish calendar day (days since 1970-01-01) that an instant falls on. */
export function danishDayNumber(utcMs: number): number {
  return Math.floor((utcMs + danishOffsetMs(utcMs)) / MS_PER_DAY);
}

/**
 * The instant at which Danish wall-clock time reads `wallClockMs` (wall-clock time written
 * as if it were UTC). Copenhagen changes its clocks at 02:00/03:00, so wall-clock times
 * near midnight — the only ones the rules ask for — are never skipped or repeated.
 */
export function danishWallClockToUtc(wallClockMs: number): number {
  const guess = wallClockMs - danishOffsetMs(wallClockMs - danishOffsetMs(wallClockMs));
  return wallClockMs - danishOffsetMs(guess);
}

/** First millisecond (00:00:00.000 Danish time) of a Danish calendar day. */
export function startOfDanishDay(dayNumber: number): number {
  return danishWallClockToUtc(dayNumber * MS_PER_DAY);
}

/** Last millisecond (23:59:59.999 Danish time) of a Danish calendar day. */
export function endOfDanishDay(dayNumber: number): number {
  return danishWallClockToUtc((dayNumber + 1) * MS_PER_DAY - 1);
}

/**
 * Milliseconds of a valid Date. An invalid Date is a programming error, not a rule
 * violation, so it throws (rule violations are returned as domain errors instead).
 */
export function instantMs(value: Date, name: string): number {
  const ms = value instanceof Date ? value.getTime() : Number.NaN;
  if (Number.isNaN(ms)) throw new RangeError(`${name} must be a valid Date`);
  return ms;
}
