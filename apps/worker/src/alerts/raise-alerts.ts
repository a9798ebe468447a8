import {
  leadersOfUnits,
  type NewNotification,
  type NotificationHandle,
  raiseNotifications,
} from "@samstemt/db";
import type { AlertCondition } from "@samstemt/domain";
import { alertTexts } from "./alert-texts";

/**
 * Turns conditions into one notification per condition and recipient; those raised before
 * (same key, same person) are left alone. Returns how many are new.
 */
export async function raiseAlerts(
  db: NotificationHandle,
  conditions: readonly AlertCondition[],
  appBaseUrl: string | null,
): Promise<number> {
  if (conditions.length === 0) return 0;
  const units = conditions.flatMap((c) =>
    c.audience.leadersOfUnitId ? [c.audience.leadersOfUnitId] : [],
  );
  const leaders = await leadersOfUnits(db, units);
  const rows: NewNotification[] = conditions.flatMap((condition) => {
    const unitLeaders = condition.audience.leadersOfUnitId
      ? (leaders.get(condition.audience.leadersOfUnitId) ?? [])
      : [];
    const people = [...new Set([...condition.audience.personIds, ...unitLeaders])];
    const texts = alertTexts(condition, appBaseUrl);
    return people.map((personId) => ({
      personId,
      conditionKey: condition.key,
      kind: condition.kind,
      caseId: condition.caseId,
      dueAt: condition.dueAt,
      texts,
    }));
  });
  return raiseNotifications(db, rows);
}
