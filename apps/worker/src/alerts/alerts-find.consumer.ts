import { caseStateForAlerts } from "@samstemt/db";
import { alertConditions } from "@samstemt/domain";
import type { OutboxConsumer } from "../outbox/outbox-consumer";
import { endAlerts } from "./end-alerts";
import { raiseAlerts } from "./raise-alerts";

/** Registered by migration 20261130120000. */
export const ALERTS_FIND_CONSUMER = "alerts.find";

/**
 * Finds a case's alert conditions as soon as one of its events arrives (an agreement signed
 * by some and waiting for the rest; a deadline already near when the initiative is
 * registered), so nobody waits for the daily scan; and marks done those the event ended
 * (the agreement signed by the last party, the case closed, the notice acknowledged), so
 * they leave the unread count at once. The notifications commit with the delivery; their
 * e-mails go out with the next e-mail run.
 */
export function alertsFindConsumer(appBaseUrl: string | null): OutboxConsumer {
  return {
    name: ALERTS_FIND_CONSUMER,
    async handle(event, tx, now) {
      const state = await caseStateForAlerts(tx, event.caseId);
      if (!state) return;
      const at = now();
      await raiseAlerts(tx, alertConditions(state, at), appBaseUrl);
      await endAlerts(tx, state, at);
    },
  };
}
