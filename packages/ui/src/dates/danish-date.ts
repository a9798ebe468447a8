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
  const guess = Date.UTC(date.year, date.month - 1, date.day, hour, minute);
  const clock = danishClock(new Date(guess));
  const offsetMinutes = (clock.hour * 60 + clock.minute - (hour * 60 + minute) + 1440) % 1440;
  const offset = offsetMinutes > 720 ? offsetMinutes - 1440 : offsetMinutes;
  return new Date(guess - offset * 60_000);
}

/** Today's day, month and year in Danish time, as a form prefills them. */
export function todayParts(now = new Date()): DateParts {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: DANISH_TIME_ZONE,
    day: "numeric",
    month: "numeric",
    year: "numeric",
  }).formatToParts(now);
  const value = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return { day: value("day"), month: value("month"), year: value("year") };
}
