import type { CaseStatus } from "../vocabulary";
import { type DeadlineStatus, deadlineStatus } from "./deadline-status";

export interface DeadlineForCaseInput {
  status: CaseStatus;
  initiativeAt: Date;
  firstMeetingHeldAt?: Date | null;
}

/**
 * R9 as it matters for a case in its current stage, or `null` where the deadline says
 * nothing: an excluded (R3) or declined (R5) initiative never runs to a meeting, and a case
 * closed without any collaboration meeting has no deadline left to keep. A running case
 * always has one; a closed case keeps whether its first meeting was on time.
 */
export function deadlineForCase(input: DeadlineForCaseInput, now: Date): DeadlineStatus | null {
  if (input.status === "excluded" || input.status === "declined") return null;
  if (input.status === "closed" && !input.firstMeetingHeldAt) return null;
  return deadlineStatus(input, now);
}

/** The stages in which the R9 deadline is still running and may change with time. */
export const deadlineRunningStatuses = [
  "initiated",
  "endorsed",
  "active",
] as const satisfies readonly CaseStatus[];

/**
 * How many days before the R9 deadline a case with no first meeting yet is flagged to the
 * team and its leaders: a week leaves time to convene a meeting (R7).
 */
export const DEADLINE_WARNING_DAYS = 7;

/** R9: still open and due within DEADLINE_WARNING_DAYS Danish calendar days. */
export function deadlineApproaching(status: DeadlineStatus): boolean {
  return status.state === "open" && status.daysLeft <= DEADLINE_WARNING_DAYS;
}
