import type { MeetingFrequency } from "../meetings/meeting";
import { addMonthsClamped } from "../time/calendar";
import { danishDayNumber, instantMs } from "../time/copenhagen";

export interface MeetingsExpectedInput {
  /** The agreed frequency (R10/R11 "Mødehyppighed i teamet"), or null while none is agreed. */
  frequency: Pick<MeetingFrequency, "every" | "unit"> | null;
  /** R9: the first collaboration meeting, from which the agreed rhythm is counted. */
  firstMeetingAt: Date | null;
  /** Count up to this moment: now for a running case, the closing time for a closed one. */
  until: Date;
}

/**
 * How many team meetings the agreed frequency asks for from the first collaboration meeting
 * up to `until`, that meeting included: one more each time a whole interval (weeks, or
 * calendar months clamped as in R9) has passed, in Danish calendar days. `null` when no
 * frequency is agreed or no collaboration meeting has been held: nothing to hold it against.
 *
 * @example
 * // every 2 weeks, first meeting 1 March, until 29 March: 1 March, 15 March, 29 March
 * meetingsExpected({ frequency: { every: 2, unit: "week" }, firstMeetingAt, until }); // 3
 */
export function meetingsExpected(input: MeetingsExpectedInput): number | null {
  const { frequency, firstMeetingAt } = input;
  if (frequency === null || firstMeetingAt === null) return null;
  const firstDay = danishDayNumber(instantMs(firstMeetingAt, "firstMeetingAt"));
  const untilDay = danishDayNumber(instantMs(input.until, "until"));
  if (untilDay < firstDay) return 1;
  if (frequency.unit === "week") {
    return 1 + Math.floor((untilDay - firstDay) / (7 * frequency.every));
  }
  // Months are counted from the first meeting each time (not month by month), so a first
  // meeting on the 31st keeps falling due on each month's last day without drifting.
  let intervals = 0;
  while (addMonthsClamped(firstDay, (intervals + 1) * frequency.every) <= untilDay) intervals += 1;
  return 1 + intervals;
}
