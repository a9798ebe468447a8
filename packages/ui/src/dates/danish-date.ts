// Danish time, as the domain counts days and deadlines (R9); the domain names the zone once.
import { DANISH_TIME_ZONE } from "@samstemt/domain";

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

/** Day, month and year as typed, or null when they are not a real calendar date. */
export function civilDate(parts: DateParts): { year: number; month: number; day: number } | null {
  if (![parts.day, parts.month].every((p) => /^\d{1,2}$/.test(p.trim()))) return null;
  if (!/^\d{4}$/.test(parts.year.trim())) return null;
  const day = Number(parts.day);
  const month = Number(parts.month);
  const year = Number(parts.year);
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (
    probe.getUTCFullYear() !== year ||
    probe.getUTCMonth() !== month - 1 ||
    probe.getUTCDate() !== day
  ) {
    return null;
  }
  return { year, month, day };
}

/** The hour and minute in Danish time of an instant. */
function danishClock(instant: Date): { hour: number; minute: number } {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: DANISH_TIME_ZONE,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(instant);
  const value = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { hour: value("hour"), minute: value("minute") };
}

/** The instant of a Danish wall-clock time on a calendar day (summer time included). */
export function danishInstant(
  date: { year: number; month: number; day: number },
  hour: number,
  minute: number,
): Date {
  const wall = Date.UTC(date.year, date.month - 1, date.day, hour, minute);
  // The offset is read twice: once at the wall time taken as UTC, then at the instant that
  // gives, so a time near the switch to or from summer time gets that day's own offset.
  const first = wall - offsetAt(new Date(wall)) * 60_000;
  return new Date(wall - offsetAt(new Date(first)) * 60_000);
}

/** Minutes Danish time is ahead of UTC at an instant (60 or 120). */
function offsetAt(instant: Date): number {
  const clock = danishClock(instant);
  const utc = instant.getUTCHours() * 60 + instant.getUTCMinutes();
  const difference = (clock.hour * 60 + clock.minute - utc + 1440) % 1440;
  return difference > 720 ? difference - 1440 : difference;
}

/** Today's day, month and year in Danish time, as a form prefills them. */
export function todayParts(now = new Date()): DateParts {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: DANISH_TIME_ZONE,
    day: "numeric",
    month: "numeric",
    year: "numeric",
  }).formatToParts(now);
  // "07" is written as people type it: "7".
  const value = (type: string) => String(Number(parts.find((p) => p.type === type)?.value ?? ""));
  return { day: value("day"), month: value("month"), year: value("year") };
}
