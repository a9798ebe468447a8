import type { JobDefinition } from "../jobs/job-definition";
import { sendAlertEmails } from "../mail/send-alert-emails";

/**
 * Every minute: the e-mails of alerts the outbox consumer raised, and failed ones whose
 * back-off has passed.
 */
export const alertEmailsJob: JobDefinition = {
  name: "alerts.email",
  cron: "* * * * *",
  expireInSeconds: 10 * 60,
  run: ({ database, mailer, settings, signal }) =>
    sendAlertEmails(database, mailer, { maxAttempts: settings.emailMaxAttempts, signal }),
};
