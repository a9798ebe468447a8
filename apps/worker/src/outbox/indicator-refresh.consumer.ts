import { INDICATOR_REFRESH_CONSUMER, refreshCaseProjections } from "@samstemt/db";
import type { OutboxConsumer } from "./outbox-consumer";

/**
 * Recomputes the case's projections and indicator row at the worker's clock whenever one of
 * its events arrives, so time-dependent values (R9 deadline state, meetings due) are fresh
 * from the moment something happens, not only from the next hourly refresh. Idempotent:
 * the row is a function of the stored state and the clock.
 */
export const indicatorRefreshConsumer: OutboxConsumer = {
  name: INDICATOR_REFRESH_CONSUMER,
  async handle(event, tx, now) {
    await refreshCaseProjections(tx, event.caseId, now());
  },
};
