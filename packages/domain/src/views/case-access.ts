import { type Actor, isLeader } from "../actors/actor";
import { isCaseParticipant } from "../cases/case-guards";
import type { CaseState } from "../cases/case-state";
import { joinableStatuses, pendingInvitation } from "../cases/invite-organisation";
import type { CaseStatus } from "../vocabulary";

/**
 * What a person may do with a case:
 * - `full`: see the case — through `caseViewFor`, which still holds back what the citizen's
 *   consent does not let flow to their organisation (R4);
 * - `answer_invitation`: their organisation has been asked to take part; they may see the
 *   invitation (who asked, when) and join or decline, but nothing of the case itself;
 * - `none`: nothing.
 */
export const caseAccessLevels = ["full", "answer_invitation", "none"] as const;
export type CaseAccess = (typeof caseAccessLevels)[number];

const isJoinable = (status: CaseStatus) => joinableStatuses.some((joinable) => joinable === status);

/**
 * Who may see a case. The database filter for case lists mirrors this rule exactly, in
 * this order:
 * 1. An analyst: `none`. Analysts work with pseudonymised exports, never with one case.
 * 2. `full` for
 *    - the initiator (R5: they took the initiative and stay responsible for it);
 *    - a leader of the initiator's unit — same organisation and unit (R5: the initiator's
 *      own leader, who endorses or declines);
 *    - a *current* team member (R6/R7). A member who has left the team no longer sees the
 *      case, unless another rule here still applies to them;
 *    - a leader of an organisation that takes part in the case (R6: leadership
 *      responsibility for the team).
 * 3. `answer_invitation` for a leader whose organisation has an invitation that still
 *    stands (not declined) while the case can be joined (endorsed or active) — R6.
 * 4. Otherwise `none`: other staff and leaders of the same organisations included, since a
 *    case is shared person by person, not organisation-wide.
 */
export function caseAccessFor(state: CaseState, viewer: Actor): CaseAccess {
  if (viewer.role === "analyst") return "none";
  if (isCaseParticipant(state, viewer)) return "full";
  if (
    isLeader(viewer) &&
    isJoinable(state.status) &&
    pendingInvitation(state, viewer.organisationId) !== undefined
  ) {
    return "answer_invitation";
  }
  return "none";
}

/**
 * R4–R7: whether the person may see the case (its view, and the case in their lists).
 * An invited leader may only answer the invitation, so this is `false` for them: use
 * `caseAccessFor` to tell them apart.
 */
export const mayViewCase = (state: CaseState, viewer: Actor): boolean =>
  caseAccessFor(state, viewer) === "full";
