import { type CaseState, CaseStateSchema } from "@samstemt/domain";
import { clientOf, type NotificationHandle } from "./handle";

/** A case with alerts not yet done, and their condition keys. */
export interface CaseWithOpenAlerts {
  caseId: string;
  /** Null when the case row is gone (nothing then decides what ended). */
  state: CaseState | null;
  openKeys: string[];
}

/** The condition keys of one case's alerts that are not done, for any recipient. */
export async function openAlertKeysOfCase(
  db: NotificationHandle,
  caseId: string,
): Promise<string[]> {
  const rows = await clientOf(db).notification.findMany({
    where: { caseId, doneAt: null },
    distinct: ["conditionKey"],
    select: { conditionKey: true },
  });
  return rows.map((row) => row.conditionKey);
}

/**
 * The cases that have alerts not yet done, in id order from `after`, a batch at a time, with
 * their states: the daily scan asks the domain which of them have ended — also for cases
 * that no longer run, which the scan for new alerts never reads.
 */
export async function listCasesWithOpenAlerts(
  db: NotificationHandle,
  options: { after?: string; batchSize?: number } = {},
): Promise<CaseWithOpenAlerts[]> {
  const rows = await clientOf(db).$queryRaw<
    Array<{ case_id: string; open_keys: string[]; state: unknown }>
  >`
    WITH "open" AS (
      SELECT "case_id", array_agg(DISTINCT "condition_key") AS "open_keys"
      FROM "notification"
      WHERE "done_at" IS NULL AND "case_id" IS NOT NULL AND "case_id" > ${options.after ?? ""}
      GROUP BY "case_id" ORDER BY "case_id" LIMIT ${options.batchSize ?? 200}
    )
    SELECT o."case_id", o."open_keys", c."state"
    FROM "open" o LEFT JOIN "case" c ON c."id" = o."case_id"
    ORDER BY o."case_id"`;
  return rows.map((row) => ({
    caseId: row.case_id,
    state: row.state === null ? null : CaseStateSchema.parse(row.state),
    openKeys: row.open_keys,
  }));
}

/**
 * Marks a case's alerts with these condition keys done, for every recipient: they leave the
 * unread count, and an e-mail not yet sent is not sent (`skipped`) — the news it carried is
 * no longer true. Returns how many notifications changed.
 */
export async function markAlertsDone(
  db: NotificationHandle,
  caseId: string,
  conditionKeys: readonly string[],
  at: Date,
): Promise<number> {
  if (conditionKeys.length === 0) return 0;
  return clientOf(db).$executeRaw`
    UPDATE "notification"
    SET "done_at" = ${at},
      "email_status" = CASE WHEN "email_status" = 'pending' THEN 'skipped' ELSE "email_status" END
    WHERE "case_id" = ${caseId} AND "done_at" IS NULL
      AND "condition_key" = ANY(${[...conditionKeys]}::text[])`;
}
