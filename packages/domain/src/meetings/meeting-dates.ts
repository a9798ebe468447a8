import type { CaseState } from "../cases/case-state";
import { type DomainError, domainError } from "../errors/domain-error";
import { endOfDanishDayMonthsAfter, onOrAfterDanishDayOf } from "../time/date-window";

/**
 * R7: how far ahead the coordinator can plan a meeting. The meeting plan follows the agreed
 * frequency and the leaders' quarterly follow-up (R12); a date more than a year out is a
 * mistyped year (9999-12-31), not a plan.
 */
export const MEETING_PLANNING_HORIZON_MONTHS = 12;

/**
 * R8/R9: a meeting is held on or after the Danish day the initiative was taken and not
 * after now. The R9 deadline runs from the initiative, so a meeting "held" before it
 * (0001-01-01) would read as met, with a negative lead time in every figure.
 */
export function meetingHeldAtError(state: CaseState, heldAt: Date, now: Date): DomainError | null {
  if (heldAt.getTime() > now.getTime()) {
    return domainError("MEETING_HELD_IN_FUTURE", { details: { heldAt } });
  }
  const { initiativeAt } = state.initiative;
  if (!onOrAfterDanishDayOf(heldAt, initiativeAt)) {
    return domainError("MEETING_HELD_BEFORE_INITIATIVE", { details: { heldAt, initiativeAt } });
  }
  return null;
}

/** R7: a meeting is planned from now up to the planning horizon (end of that Danish day). */
export function meetingScheduledForError(scheduledFor: Date, now: Date): DomainError | null {
  if (scheduledFor.getTime() < now.getTime()) {
    return domainError("MEETING_SCHEDULED_IN_PAST", { details: { scheduledFor } });
  }
  const latest = endOfDanishDayMonthsAfter(now, MEETING_PLANNING_HORIZON_MONTHS);
  if (scheduledFor.getTime() > latest.getTime()) {
    return domainError("MEETING_SCHEDULED_TOO_FAR_AHEAD", { details: { scheduledFor, latest } });
  }
  return null;
}
