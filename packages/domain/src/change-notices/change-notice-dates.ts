import type { CaseState } from "../cases/case-state";
import { type DomainError, domainError } from "../errors/domain-error";
import { endOfDanishDayMonthsAfter, onOrAfterDanishDayOf } from "../time/date-window";

/**
 * R13: how far ahead a change of intervention may be announced. Changes that matter for
 * the collaboration are told to the team when they are decided; one planned more than a year
 * ahead is a mistyped year, and the team would meet it long after the notice is forgotten.
 */
export const CHANGE_NOTICE_HORIZON_MONTHS = 12;

/**
 * R13: a change takes effect from the Danish day the initiative was taken (a change before
 * the collaboration existed is no change to it) up to the horizon after now. `null` (no
 * date given) is always allowed.
 */
export function changeEffectiveFromError(
  state: CaseState,
  effectiveFrom: Date | null,
  now: Date,
): DomainError | null {
  if (effectiveFrom === null) return null;
  const { initiativeAt } = state.initiative;
  const latest = endOfDanishDayMonthsAfter(now, CHANGE_NOTICE_HORIZON_MONTHS);
  if (
    !onOrAfterDanishDayOf(effectiveFrom, initiativeAt) ||
    effectiveFrom.getTime() > latest.getTime()
  ) {
    return domainError("CHANGE_EFFECTIVE_OUTSIDE_WINDOW", {
      details: { effectiveFrom, initiativeAt, latest },
    });
  }
  return null;
}
