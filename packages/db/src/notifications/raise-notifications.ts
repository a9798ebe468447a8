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
 * so running the scan again, or the same event arriving twice, never alerts twice. One that
 * was marked done and holds again (a renewal corrected away, say) is open again, unread or
 * read as it was, without a second e-mail.
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
  await clientOf(db).$executeRaw`
    UPDATE "notification" SET "done_at" = NULL
    WHERE "done_at" IS NOT NULL AND ("person_id", "condition_key") IN (
      SELECT * FROM unnest(${notifications.map((n) => n.personId)}::text[],
        ${notifications.map((n) => n.conditionKey)}::text[]))`;
  return count;
}
