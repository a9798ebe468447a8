import type { CaseState } from "../cases/case-state";
import { type DomainError, domainError } from "../errors/domain-error";
import { onOrAfterDanishDayOf } from "../time/date-window";

/**
 * R11: the citizen agreed to the citizen agreement no later than now (the team member
 * records it afterwards) and not before the Danish day the initiative was taken — there
 * was no agreement to agree to before the case.
 */
export function citizenAgreedAtError(
  state: CaseState,
  agreedAt: Date,
  now: Date,
): DomainError | null {
  const { initiativeAt } = state.initiative;
  if (agreedAt.getTime() > now.getTime() || !onOrAfterDanishDayOf(agreedAt, initiativeAt)) {
    return domainError("CITIZEN_AGREED_OUTSIDE_WINDOW", { details: { agreedAt, initiativeAt } });
  }
  return null;
}
