import { type Database, deliverNextEmail, type PendingEmail } from "@samstemt/db";
import type { Mailer } from "./mailer";

export interface EmailRun {
  sent: number;
  skipped: number;
  retrying: number;
  dead: number;
}

const footer = {
  da: "Du får denne besked fra Samstemt, fordi du er tovholder eller leder i sagen.",
  en: "You receive this message from Samstemt because you are the coordinator or a leader of the case.",
};

/** The e-mail of one alert, in the recipient's language; no citizen data, only the link. */
export function alertEmail(email: PendingEmail, to: string) {
  return {
    to: `"${email.name.replaceAll('"', "")}" <${to}>`,
    subject: email.text.title,
    text: `${email.text.body}\n\n${footer[email.language]}\n`,
    messageId: `<${email.notificationId}@samstemt.invalid>`,
    headers: { "X-Samstemt-Condition": email.conditionKey, "Content-Language": email.language },
  };
}

/**
 * Sends every alert e-mail that is due, one notification per transaction (see
 * deliverNextEmail): without a mailer, or to a person without an address, the alert stays in
 * the app only. Stops between e-mails when `signal` aborts (the worker is shutting down).
 */
export async function sendAlertEmails(
  database: Pick<Database, "prisma">,
  mailer: Mailer | null,
  options: { maxAttempts: number; signal?: AbortSignal; limit?: number },
): Promise<EmailRun> {
  const run: EmailRun = { sent: 0, skipped: 0, retrying: 0, dead: 0 };
  const limit = options.limit ?? 10_000;
  for (let i = 0; i < limit && !options.signal?.aborted; i++) {
    const result = await deliverNextEmail(
      database,
      async (email) => {
        if (!mailer || !email.to) return "skipped";
        await mailer.send(alertEmail(email, email.to));
        return "sent";
      },
      { maxAttempts: options.maxAttempts },
    );
    if (result === "none") break;
    if (result === "retry") run.retrying += 1;
    else run[result] += 1;
  }
  return run;
}
