import { addMonthsClamped } from "../time/calendar";
import { danishDayNumber, endOfDanishDay } from "../time/copenhagen";

/**
 * R4: a consent for purposes other than treatment lapses after one year. We read "one
 * year" like R9 reads "one month": through the end of the same calendar day a year later
 * in Danish time (29 February → 28 February).
 */
export function oneYearAfter(givenAt: Date): Date {
  return new Date(endOfDanishDay(addMonthsClamped(danishDayNumber(givenAt.getTime()), 12)));
}
