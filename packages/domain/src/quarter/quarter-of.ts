import { civilFromDays } from "../time/civil";
import { danishDayNumber, instantMs } from "../time/copenhagen";

export type QuarterNumber = 1 | 2 | 3 | 4;

export interface Quarter {
  year: number;
  quarter: QuarterNumber;
}

/**
 * R12: the quarter (for the leaders' quarterly follow-up) that a moment belongs to, in
 * Danish time — 31 December 23:30 UTC is already Q1 of the next year in Copenhagen.
 *
 * @example
 * quarterOf(new Date("2024-12-31T23:30:00Z")); // { year: 2025, quarter: 1 }
 */
export function quarterOf(at: Date): Quarter {
  const { year, month } = civilFromDays(danishDayNumber(instantMs(at, "at")));
  return { year, quarter: (Math.floor((month - 1) / 3) + 1) as QuarterNumber };
}
