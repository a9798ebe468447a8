import { clientOf, type NotificationHandle } from "./handle";
import type { NotificationLanguage } from "./my-notifications";

export interface NotificationPreferences {
  language: NotificationLanguage;
  /** False: alerts in the app only. */
  email: boolean;
}

export const defaultNotificationPreferences: NotificationPreferences = {
  language: "da",
  email: true,
};

export async function notificationPreferences(
  db: NotificationHandle,
  personId: string,
): Promise<NotificationPreferences> {
  const row = await clientOf(db).notificationPreference.findUnique({ where: { personId } });
  if (!row) return defaultNotificationPreferences;
  return { language: row.language === "en" ? "en" : "da", email: row.email };
}

export async function setNotificationPreferences(
  db: NotificationHandle,
  personId: string,
  preferences: NotificationPreferences,
  at: Date,
): Promise<void> {
  await clientOf(db).notificationPreference.upsert({
    where: { personId },
    create: { personId, ...preferences, updatedAt: at },
    update: { ...preferences, updatedAt: at },
  });
}
