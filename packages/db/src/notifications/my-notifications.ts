import { clientOf, type NotificationHandle } from "./handle";
import type { NotificationText } from "./raise-notifications";

export type NotificationLanguage = "da" | "en";

export interface PersonNotification {
  id: string;
  kind: string;
  caseId: string | null;
  dueAt: Date | null;
  createdAt: Date;
  readAt: Date | null;
  title: string;
  body: string;
}

export interface PersonNotifications {
  unread: number;
  items: PersonNotification[];
}

function pick(texts: unknown, language: NotificationLanguage): NotificationText {
  const all = texts as Partial<Record<NotificationLanguage, NotificationText>>;
  return all[language] ?? all.da ?? { title: "", body: "" };
}

/** One person's notifications, newest first, in their language, with the unread count. */
export async function notificationsFor(
  db: NotificationHandle,
  personId: string,
  options: { limit: number; unreadOnly: boolean; language: NotificationLanguage },
): Promise<PersonNotifications> {
  const client = clientOf(db);
  const [unread, rows] = await Promise.all([
    client.notification.count({ where: { personId, readAt: null } }),
    client.notification.findMany({
      where: { personId, ...(options.unreadOnly && { readAt: null }) },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: options.limit,
    }),
  ]);
  return {
    unread,
    items: rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      caseId: row.caseId,
      dueAt: row.dueAt,
      createdAt: row.createdAt,
      readAt: row.readAt,
      ...pick(row.texts, options.language),
    })),
  };
}

/**
 * Marks the person's own notifications read (all of them when `ids` is null); ids of other
 * people's notifications are ignored. Returns how many changed.
 */
export async function markNotificationsRead(
  db: NotificationHandle,
  personId: string,
  ids: readonly string[] | null,
  at: Date,
): Promise<number> {
  const { count } = await clientOf(db).notification.updateMany({
    where: { personId, readAt: null, ...(ids && { id: { in: [...ids] } }) },
    data: { readAt: at },
  });
  return count;
}
