import { listCasesWithOpenAlerts, listRunningCaseStates } from "@samstemt/db";
import { alertConditions } from "@samstemt/domain";
import type { JobDefinition } from "../jobs/job-definition";
import { sendAlertEmails } from "../mail/send-alert-emails";
import { endAlerts } from "./end-alerts";
import { raiseAlerts } from "./raise-alerts";

/**
 * The daily scan (06:00 Danish time, and on demand): every case whose deadline still runs is
 * checked against every alert condition (R4, R9, R10/R11, R13); new ones become notifications
 * for the coordinator and the involved leaders, then the e-mails go out. Conditions time
 * alone brings about — a deadline coming near, a notice left unacknowledged — are found here;
 * those an event brings about are found at once by the outbox consumer too. Then every case
 * with alerts not yet done, running or not, is asked which have ended (a deadline that
 * became overdue; anything the outbox consumer has not seen, such as alerts of cases closed
 * before alerts could end), and those are marked done before any e-mail goes out.
 */
export const alertScanJob: JobDefinition = {
  name: "alerts.scan",
  cron: "0 6 * * *",
  // After a restart or an upgrade, alerts are not left until the next morning.
  runAtStart: true,
  expireInSeconds: 15 * 60,
  async run({ database, now, settings, mailer, signal }) {
    const at = now();
    let cases = 0;
    let raised = 0;
    let after: string | undefined;
    while (!signal.aborted) {
      const batch = await listRunningCaseStates(database, { after, batchSize: 200 });
      if (batch.length === 0) break;
      const conditions = batch.flatMap(({ state }) => alertConditions(state, at));
      raised += await raiseAlerts(database, conditions, settings.appBaseUrl);
      cases += batch.length;
      after = batch.at(-1)?.caseId;
    }
    let ended = 0;
    after = undefined;
    while (!signal.aborted) {
      const batch = await listCasesWithOpenAlerts(database, { after, batchSize: 200 });
      if (batch.length === 0) break;
      for (const { state, openKeys } of batch) {
        if (state) ended += await endAlerts(database, state, at, openKeys);
      }
      after = batch.at(-1)?.caseId;
    }
    const emails = await sendAlertEmails(database, mailer, {
      maxAttempts: settings.emailMaxAttempts,
      signal,
    });
    return { cases, raised, ended, emails };
  },
};
