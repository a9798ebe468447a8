export {
  type DeliveryOptions,
  type DeliveryReport,
  deliverOutboxBatch,
  type OutboxEvent,
  type OutboxHandler,
  type OutboxTransaction,
} from "./deliver-outbox";
export {
  INDICATOR_REFRESH_CONSUMER,
  type OutboxBacklog,
  outboxBacklog,
  registerOutboxConsumer,
} from "./outbox-consumers";
export { pruneHandledOutbox } from "./prune-outbox";
