import { danishDayNumber, endOfDanishDay, instantMs } from "../time/copenhagen";
import { firstMeetingDeadlineDay } from "./first-meeting-deadline";

/**
 * `open`: not held yet, deadline not passed · `overdue`: not held yet, deadline passed ·
 * `met`: first collaboration meeting held on time · `missed`: held, but late.
 */
export type DeadlineState = "open" | "overdue" | "met" | "missed";

export interface DeadlineStatusInput {
  initiativeAt: Date;
  /** When the first *collaboration* meeting (R8/R9) was held; preparatory meetings do not count. */
  firstMeetingHeldAt?: Date | null;
}

export interface DeadlineStatus {
  deadline: Date;
  state: DeadlineState;
  /** Danish calendar days from `now`'s day to the deadline day: 0 on the day, negative after. */
  daysLeft: number;
}

/**
 * R9: where a case stands against the first-meeting deadline at `now`.
 *
 * @example
 * deadlineStatus({ initiativeAt: new Date("2024-03-10T08:00:00Z") }, new Date("2024-04-01T12:00:00Z"));
 * // { deadline: 2024-04-10T21:59:59.999Z, state: "open", daysLeft: 9 }
 */
export function deadlineStatus(input: DeadlineStatusInput, now: Date): DeadlineStatus {
  const deadlineDay = firstMeetingDeadlineDay(instantMs(input.initiativeAt, "initiativeAt"));
  const deadlineMs = endOfDanishDay(deadlineDay);
  const nowMs = instantMs(now, "now");
  const heldAt = input.firstMeetingHeldAt;
  let state: DeadlineState;
  if (heldAt != null) {
    state = instantMs(heldAt, "firstMeetingHeldAt") <= deadlineMs ? "met" : "missed";
  } else {
    state = nowMs <= deadlineMs ? "open" : "overdue";
  }
  return { deadline: new Date(deadlineMs), state, daysLeft: deadlineDay - danishDayNumber(nowMs) };
}
