import { addMonthsClamped } from "./calendar";
import { danishDayNumber, endOfDanishDay } from "./copenhagen";

/**
 * The calendar helpers the date windows of a case are built from. Staff enter most dates
 * as days (a consent given "3. marts" is sent as 00:00 Danish time, an expiry as 23:59), so
 * a lower bound set by another date of the case is compared by Danish calendar day: a
 * meeting held the same day as the initiative, at any hour, is on or after it.
 */

/** Whether `instant` falls on the Danish calendar day of `earliest` or a later day. */
export function onOrAfterDanishDayOf(instant: Date, earliest: Date): boolean {
  return danishDayNumber(instant.getTime()) >= danishDayNumber(earliest.getTime());
}

/**
 * The last instant of the Danish day `months` calendar months after `from`'s day, read
 * like R9's month (31 January + 1 month → end of 28/29 February).
 */
export function endOfDanishDayMonthsAfter(from: Date, months: number): Date {
  return new Date(endOfDanishDay(addMonthsClamped(danishDayNumber(from.getTime()), months)));
}
