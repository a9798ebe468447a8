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
  /** When its condition ended: it is no longer unread, whether read or not. */
  doneAt: Date | null;
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

interface NotificationRow {
  id: string;
  kind: string;
  case_id: string | null;
  due_at: string | null;
  created_at: string;
  read_at: string | null;
  done_at: string | null;
  texts: unknown;
}

const dateOf = (value: string | null) => (value === null ? null : new Date(value));

/**
 * One person's notifications, newest first, in their language, with the unread count. One
 * statement, so the count and the list come from one snapshot: as two queries, an alert
 * committed between them was listed while the count said none were unread.
 */
export async function notificationsFor(
  db: NotificationHandle,
  personId: string,
  options: { limit: number; unreadOnly: boolean; language: NotificationLanguage },
): Promise<PersonNotifications> {
  const [row] = await clientOf(db).$queryRaw<Array<{ unread: number; items: NotificationRow[] }>>`
    SELECT
      (SELECT count(*)::int FROM "notification"
        WHERE "person_id" = ${personId} AND "read_at" IS NULL AND "done_at" IS NULL) AS "unread",
      coalesce((
        SELECT json_agg(n ORDER BY n."created_at" DESC, n."id" DESC)
        FROM (
          SELECT "id", "kind", "case_id", "due_at", "created_at", "read_at", "done_at", "texts"
          FROM "notification"
          WHERE "person_id" = ${personId}
            AND (NOT ${options.unreadOnly}::boolean OR ("read_at" IS NULL AND "done_at" IS NULL))
          ORDER BY "created_at" DESC, "id" DESC
          LIMIT ${options.limit}::int
        ) n
      ), '[]'::json) AS "items"`;
  return {
    unread: row?.unread ?? 0,
    items: (row?.items ?? []).map((item) => ({
      id: item.id,
      kind: item.kind,
      caseId: item.case_id,
      dueAt: dateOf(item.due_at),
      createdAt: new Date(item.created_at),
      readAt: dateOf(item.read_at),
      doneAt: dateOf(item.done_at),
      ...pick(item.texts, options.language),
    })),
  };
}

/**
 * Marks the person's own notifications read (all of them when `ids` is null); ids of other
 * people's notifications are ignored, and so are those already done (they are not unread).
 * Returns how many changed.
 */
export async function markNotificationsRead(
  db: NotificationHandle,
  personId: string,
  ids: readonly string[] | null,
  at: Date,
): Promise<number> {
  const { count } = await clientOf(db).notification.updateMany({
    where: { personId, readAt: null, doneAt: null, ...(ids && { id: { in: [...ids] } }) },
    data: { readAt: at },
  });
  return count;
}
