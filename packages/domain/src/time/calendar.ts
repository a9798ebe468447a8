import { civilFromDays, daysFromCivil, daysInMonth } from "./civil";

/**
 * The same calendar day `months` later, or that month's last day when it has no such day
 * (R9's "one month": 31 January → 28/29 February). Works on day numbers.
 */
export function addMonthsClamped(dayNumber: number, months: number): number {
  const { year, month, day } = civilFromDays(dayNumber);
  const monthIndex = year * 12 + (month - 1) + months;
  const dueYear = Math.floor(monthIndex / 12);
  const dueMonth = monthIndex - dueYear * 12 + 1;
  return daysFromCivil(dueYear, dueMonth, Math.min(day, daysInMonth(dueYear, dueMonth)));
}
