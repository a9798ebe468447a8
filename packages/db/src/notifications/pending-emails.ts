import type { Database } from "../client/database";
import type { Prisma } from "../generated/prisma/client";
import { recordDeadLetter } from "./dead-letters";
import type { NotificationLanguage } from "./my-notifications";
import type { NotificationText } from "./raise-notifications";

/** A notification whose e-mail is due, with what sending it needs. */
export interface PendingEmail {
  notificationId: string;
  personId: string;
  conditionKey: string;
  kind: string;
  caseId: string | null;
  attempts: number;
  /** Null when the person has no address or has turned e-mail off. */
  to: string | null;
  name: string;
  language: NotificationLanguage;
  text: NotificationText;
}

/** `skipped`: no e-mail for this one (none configured, no address, turned off). */
export type EmailOutcome = "sent" | "skipped";

export interface EmailDeliveryOptions {
  /** Attempts before the e-mail goes to the dead-letter list. */
  maxAttempts?: number;
  /** Back-off before the next attempt, growing with each failure. */
  retryDelaySeconds?: (attempts: number) => number;
}

export type EmailDeliveryResult = "none" | EmailOutcome | "retry" | "dead";

interface ClaimedRow {
  id: string;
  person_id: string;
  condition_key: string;
  kind: string;
  case_id: string | null;
  email_attempts: number;
  texts: unknown;
  email: string;
  name: string;
  language: string | null;
  email_on: boolean | null;
}

const defaultRetryDelay = (attempts: number) => Math.min(3600, 30 * 2 ** (attempts - 1));

/**
 * Sends the e-mail of one notification, at least once and — short of the worker dying between
 * the mail server's "accepted" and the commit — once:
 *
 *   BEGIN; SELECT … FROM notification WHERE email_status = 'pending' … LIMIT 1
 *            FOR UPDATE SKIP LOCKED;     -- another worker takes the next one
 *          send(…);                     -- the Message-ID is the notification's id
 *          UPDATE notification SET email_status = 'sent';
 *   COMMIT;
 *
 * One notification per transaction, so a worker killed mid-run has committed every e-mail it
 * sent before the one in hand, and the next worker sends only the rest. A send that throws
 * backs off; after `maxAttempts` the e-mail is `failed` and on the dead-letter list.
 */
export async function deliverNextEmail(
  database: Pick<Database, "prisma">,
  send: (email: PendingEmail) => Promise<EmailOutcome>,
  options: EmailDeliveryOptions = {},
): Promise<EmailDeliveryResult> {
  const maxAttempts = options.maxAttempts ?? 5;
  const retryDelay = options.retryDelaySeconds ?? defaultRetryDelay;
  return database.prisma.$transaction(
    async (tx) => {
      const [row] = await tx.$queryRaw<ClaimedRow[]>`
        SELECT n."id", n."person_id", n."condition_key", n."kind", n."case_id",
          n."email_attempts", n."texts", p."email", p."name", pref."language",
          pref."email" AS "email_on"
        FROM "notification" n
        JOIN "person" p ON p."id" = n."person_id"
        LEFT JOIN "notification_preference" pref ON pref."person_id" = n."person_id"
        WHERE n."email_status" = 'pending' AND n."email_available_at" <= now()
        ORDER BY n."email_available_at", n."id"
        LIMIT 1
        FOR UPDATE OF n SKIP LOCKED`;
      if (!row) return "none";
      const language: NotificationLanguage = row.language === "en" ? "en" : "da";
      const texts = row.texts as Partial<Record<NotificationLanguage, NotificationText>>;
      const email: PendingEmail = {
        notificationId: row.id,
        personId: row.person_id,
        conditionKey: row.condition_key,
        kind: row.kind,
        caseId: row.case_id,
        attempts: row.email_attempts,
        to: row.email_on === false || row.email.trim() === "" ? null : row.email,
        name: row.name,
        language,
        text: texts[language] ?? texts.da ?? { title: row.kind, body: "" },
      };
      try {
        const outcome = await send(email);
        await tx.notification.update({
          where: { id: row.id },
          data: {
            emailStatus: outcome,
            emailSentAt: outcome === "sent" ? new Date() : null,
            emailLastError: null,
          },
        });
        return outcome;
      } catch (error) {
        return recordFailure(tx, row, error, maxAttempts, retryDelay);
      }
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

async function recordFailure(
  tx: Prisma.TransactionClient,
  row: ClaimedRow,
  error: unknown,
  maxAttempts: number,
  retryDelay: (attempts: number) => number,
): Promise<"retry" | "dead"> {
  const attempts = row.email_attempts + 1;
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 2000);
  if (attempts >= maxAttempts) {
    await tx.notification.update({
      where: { id: row.id },
      data: { emailStatus: "failed", emailAttempts: attempts, emailLastError: message },
    });
    await recordDeadLetter(tx, {
      source: "email",
      name: row.kind,
      reference: row.id,
      payload: { personId: row.person_id, conditionKey: row.condition_key },
      error: message,
      attempts,
    });
    return "dead";
  }
  await tx.$executeRaw`
    UPDATE "notification" SET "email_attempts" = ${attempts}, "email_last_error" = ${message},
      "email_available_at" = now() + make_interval(secs => ${retryDelay(attempts)})
    WHERE "id" = ${row.id}`;
  return "retry";
}
