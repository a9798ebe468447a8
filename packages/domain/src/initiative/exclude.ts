import type { Actor } from "../actors/actor";
import type { PendingCaseEvent } from "../cases/case-events";
import type { CaseState } from "../cases/case-state";
import { exclusionAlternatives } from "./exclusion";

/**
 * R3: a citizen who rejects *all* offers of help cannot be included. The case becomes
 * `excluded` (final) and the decision names the alternatives: PSP cooperation, or a
 * coordination plan under the Psychiatry Act §13b.
 */
export function exclude(
  state: CaseState,
  actor: Actor,
  now: Date,
): { state: CaseState; events: PendingCaseEvent[] } {
  const alternatives = [...exclusionAlternatives];
  return {
    state: {
      ...state,
      status: "excluded",
      exclusion: {
        decidedAt: now,
        decidedBy: actor,
        reason: "citizen_rejects_all_help",
        alternatives,
      },
    },
    events: [{ type: "CaseExcluded", reason: "citizen_rejects_all_help", alternatives }],
  };
}
