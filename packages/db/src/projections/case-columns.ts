import type { CaseIndicators, CaseState } from "@samstemt/domain";

/**
 * The columns on the case row that lists and filters read, from the domain's indicators —
 * never set apart. `deadlineAt`/`deadlineState` are null where the case has no deadline.
 */
export function caseColumns(state: CaseState, indicators: CaseIndicators, now: Date) {
  return {
    status: state.status,
    initiativeAt: indicators.initiativeAt,
    reasons: state.initiative.reasons.categories,
    reasonText: state.initiative.reasons.text ?? "",
    endorsedAt: indicators.endorsedAt,
    activatedAt: indicators.activatedAt,
    closedAt: indicators.closedAt,
    firstMeetingHeldAt: indicators.firstMeetingAt,
    deadlineAt: indicators.deadlineAt,
    deadlineState: indicators.deadlineState,
    deadlineCheckedAt: now,
  };
}
