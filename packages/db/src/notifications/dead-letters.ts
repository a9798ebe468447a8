import type { Prisma } from "../generated/prisma/client";
import { clientOf, type NotificationHandle } from "./handle";

export type DeadLetterSource = "job" | "email";

export interface NewDeadLetter {
  source: DeadLetterSource;
  name: string;
  reference: string;
  payload: Prisma.InputJsonValue;
  error: string;
  attempts: number;
}

export interface DeadLetterRow {
  id: string;
  source: DeadLetterSource;
  name: string;
  reference: string;
  payload: unknown;
  error: string;
  attempts: number;
  failedAt: Date;
  retryRequestedAt: Date | null;
  retriedAt: Date | null;
}

/** Puts a job or e-mail that failed its last attempt on the list an administrator sees. */
export async function recordDeadLetter(db: NotificationHandle, letter: NewDeadLetter) {
  await clientOf(db).deadLetter.create({ data: { ...letter, failedAt: new Date() } });
}

/** The dead-letter list, newest first. */
export async function listDeadLetters(
  db: NotificationHandle,
  options: { limit: number; includeRetried: boolean },
): Promise<DeadLetterRow[]> {
  const rows = await clientOf(db).deadLetter.findMany({
    where: options.includeRetried ? {} : { retriedAt: null, retryRequestedAt: null },
    orderBy: { id: "desc" },
    take: options.limit,
  });
  return rows.map((row) => ({
    id: String(row.id),
    source: row.source === "email" ? "email" : "job",
    name: row.name,
    reference: row.reference,
    payload: row.payload,
    error: row.error,
    attempts: row.attempts,
    failedAt: row.failedAt,
    retryRequestedAt: row.retryRequestedAt,
    retriedAt: row.retriedAt,
  }));
}

export type RetryRequest = "requested" | "not_found" | "already_retried";

/**
 * An administrator asks for a dead letter to be tried again. An e-mail is put back in the
 * queue at once (its notification is pending again, attempts reset); a job is marked, and
 * the worker sends it to its queue again (`takeJobRetries`).
 */
export async function requestDeadLetterRetry(
  db: NotificationHandle,
  id: bigint,
  personId: string,
  at: Date,
): Promise<RetryRequest> {
  const client = clientOf(db);
  const letter = await client.deadLetter.findUnique({ where: { id } });
  if (!letter) return "not_found";
  if (letter.retryRequestedAt || letter.retriedAt) return "already_retried";
  const done = letter.source === "email";
  await client.deadLetter.update({
    where: { id },
    data: { retryRequestedAt: at, retryRequestedBy: personId, ...(done && { retriedAt: at }) },
  });
  if (letter.source === "email") {
    await client.notification.updateMany({
      where: { id: letter.reference, emailStatus: "failed" },
      data: { emailStatus: "pending", emailAttempts: 0, emailAvailableAt: at },
    });
  }
  return "requested";
}

/**
 * Job retries an administrator asked for and no worker has sent yet, marked sent in the same
 * statement, so two workers never send the same one.
 */
export async function takeJobRetries(
  db: NotificationHandle,
  at: Date,
): Promise<Array<{ id: string; name: string; payload: unknown }>> {
  const rows = await clientOf(db).$queryRaw<Array<{ id: bigint; name: string; payload: unknown }>>`
    UPDATE "dead_letter" SET "retried_at" = ${at}
    WHERE "source" = 'job' AND "retry_requested_at" IS NOT NULL AND "retried_at" IS NULL
    RETURNING "id", "name", "payload"`;
  return rows.map((row) => ({ id: String(row.id), name: row.name, payload: row.payload }));
}

/** Administrators see and retry the worker's dead letters (granted outside the app). */
export async function isAdministrator(db: NotificationHandle, personId: string) {
  const row = await clientOf(db).administrator.findUnique({ where: { personId } });
  return row !== null;
}
