import { addMonthsClamped } from "../time/calendar";
import { danishDayNumber, endOfDanishDay, instantMs } from "../time/copenhagen";

/**
 * R9: the Danish calendar day on which the first collaboration meeting is due: the same
 * day of the next month as the Danish day of the initiative, or that month's last day
 * when it has no such day (31 January → 28/29 February).
 */
export function firstMeetingDeadlineDay(initiativeAtMs: number): number {
  return addMonthsClamped(danishDayNumber(initiativeAtMs), 1);
}

/**
 * R9: the last millisecond (23:59:59.999 in DANISH_TIME_ZONE) of the day by which the first
 * collaboration meeting must be held — one calendar month after `initiativeAt`.
 *
 * @example
 * firstMeetingDeadline(new Date("2024-01-31T09:00:00Z")).toISOString();
 * // "2024-02-29T22:59:59.999Z" (leap year, 23:59:59.999 CET)
 */
export function firstMeetingDeadline(initiativeAt: Date): Date {
  return new Date(endOfDanishDay(firstMeetingDeadlineDay(instantMs(initiativeAt, "initiativeAt"))));
}
