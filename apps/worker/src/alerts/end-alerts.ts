import { markAlertsDone, type NotificationHandle, openAlertKeysOfCase } from "@samstemt/db";
import { type CaseState, endedAlertKeys } from "@samstemt/domain";

/**
 * Marks done, for every recipient, the case's alerts whose condition the domain says has
 * ended at `now` (a deadline met, an agreement signed, a case closed, …): they leave the
 * unread count, and an e-mail not yet sent stays unsent. `openKeys` when the caller has
 * read them already. Returns how many notifications were marked.
 */
export async function endAlerts(
  db: NotificationHandle,
  state: CaseState,
  now: Date,
  openKeys?: readonly string[],
): Promise<number> {
  const open = openKeys ?? (await openAlertKeysOfCase(db, state.caseId));
  if (open.length === 0) return 0;
  return markAlertsDone(db, state.caseId, endedAlertKeys(state, now, open), now);
}
