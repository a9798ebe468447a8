import type { CaseState } from "../cases/case-state";
import { alertConditions, consentExpiringKey } from "./alert-conditions";
import { consentRenewed } from "./consent-renewed";

/**
 * Which alerts of a case still stand at `now`: every condition that holds, and R4's lapse
 * warning for a consent that has lapsed with nothing to carry it on. That one does not end
 * by lapsing — lapsing is what it warned of, and the consent still has to be renewed — only
 * by a renewal, a withdrawal, or the case no longer running.
 */
function standingAlertKeys(state: CaseState, now: Date): Set<string> {
  const standing = new Set(alertConditions(state, now).map((condition) => condition.key));
  if (state.status !== "active") return standing;
  for (const consent of state.consents) {
    if (consent.withdrawnAt || !consent.expiresAt) continue;
    if (consent.expiresAt.getTime() > now.getTime()) continue;
    if (consentRenewed(consent, state.consents)) continue;
    standing.add(consentExpiringKey(state.caseId, consent.consentId, consent.expiresAt));
  }
  return standing;
}

/**
 * Of the alerts raised for a case and not yet done (`openKeys`, the condition keys), those
 * whose condition has ended at `now`, so they are marked done and leave the unread count:
 * - R9: the first collaboration meeting was held (the deadline met), or the deadline no
 *   longer runs (declined, excluded, closed); "approaching" also ends when it becomes
 *   "overdue", which is a new alert of its own;
 * - R10/R11: the agreement version was signed by all, or replaced by a newer version;
 * - meetings at the agreed frequency: the next meeting was held (a new due date);
 * - R13: every current member acknowledged the change notice, or those waiting left;
 * - R4: the consent was renewed or withdrawn (see `standingAlertKeys` for lapsing);
 * - any alert: the case was closed.
 * Each key names its condition's own facts, so a condition that no longer holds under its
 * key has ended, whatever changed; a condition that comes back under the same key stands
 * again. Keys of kinds not known here have ended too: nothing can raise them any more.
 */
export function endedAlertKeys(state: CaseState, now: Date, openKeys: readonly string[]): string[] {
  const standing = standingAlertKeys(state, now);
  return [...new Set(openKeys)].filter((key) => !standing.has(key));
}
