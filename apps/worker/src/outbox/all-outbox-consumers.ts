import { alertsFindConsumer } from "../alerts/alerts-find.consumer";
import type { WorkerSettings } from "../env";
import { indicatorRefreshConsumer } from "./indicator-refresh.consumer";
import type { OutboxConsumer } from "./outbox-consumer";

/** Every registered consumer (a migration registers each name). */
export function allOutboxConsumers(settings: Pick<WorkerSettings, "appBaseUrl">): OutboxConsumer[] {
  return [indicatorRefreshConsumer, alertsFindConsumer(settings.appBaseUrl)];
}
