import type { Prisma } from "../generated/prisma/client";
import { clientOf, type NotificationHandle } from "./handle";

export interface NotificationText {
  title: string;
  body: string;
}

export interface NewNotification {
  personId: string;
  /** The condition that raised it; with the person, the idempotency key. */
  conditionKey: string;
  kind: string;
  caseId: string | null;
  dueAt: Date | null;
  texts: { da: NotificationText; en: NotificationText };
}

/**
 * Writes the notifications that do not exist yet and returns how many did not: a condition
 * already raised for a person (same key) is left as it is, read or not, e-mailed or not —
 * so running the scan again, or the same event arriving twice, never alerts twice.
 */
export async function raiseNotifications(
  db: NotificationHandle,
  notifications: readonly NewNotification[],
): Promise<number> {
  if (notifications.length === 0) return 0;
  const { count } = await clientOf(db).notification.createMany({
    data: notifications.map((n) => ({
      personId: n.personId,
      conditionKey: n.conditionKey,
      kind: n.kind,
      caseId: n.caseId,
      dueAt: n.dueAt,
      texts: n.texts as unknown as Prisma.InputJsonValue,
    })),
    skipDuplicates: true,
  });
  return count;
}
