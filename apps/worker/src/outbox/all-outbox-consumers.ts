import { indicatorRefreshConsumer } from "./indicator-refresh.consumer";
import type { OutboxConsumer } from "./outbox-consumer";

export const allOutboxConsumers: OutboxConsumer[] = [indicatorRefreshConsumer];
