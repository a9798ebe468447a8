export { allJobs } from "./jobs/all-jobs";
export type { JobDefinition } from "./jobs/job-definition";
export { recomputeDeadlinesJob } from "./jobs/recompute-deadlines.job";
export { allOutboxConsumers } from "./outbox/all-outbox-consumers";
export { indicatorRefreshConsumer } from "./outbox/indicator-refresh.consumer";
export type { OutboxConsumer } from "./outbox/outbox-consumer";
export { type OutboxPoller, startOutboxPoller } from "./outbox/outbox-poller";
export { JOB_TIME_ZONE, type RunningWorker, startWorker, type WorkerOptions } from "./start-worker";
