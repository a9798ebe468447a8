import { alertsFindConsumer } from "../alerts/alerts-find.consumer";
import { citizenDocumentsConsumer } from "../digital-post/citizen-documents.consumer";
import type { DigitalPost } from "../digital-post/digital-post";
import type { WorkerSettings } from "../env";
import { indicatorRefreshConsumer } from "./indicator-refresh.consumer";
import type { OutboxConsumer } from "./outbox-consumer";

/** Every consumer the worker runs (each registered by a migration or at start). */
export function allOutboxConsumers(
  settings: Pick<WorkerSettings, "appBaseUrl">,
  digitalPost: DigitalPost | null = null,
): OutboxConsumer[] {
  return [
    indicatorRefreshConsumer,
    alertsFindConsumer(settings.appBaseUrl),
    ...(digitalPost ? [citizenDocumentsConsumer(digitalPost)] : []),
  ];
}
