export { allJobs } from "./jobs/all-jobs";
export type { JobDefinition } from "./jobs/job-definition";
export { recomputeDeadlinesJob } from "./jobs/recompute-deadlines.job";
export { JOB_TIME_ZONE, type RunningWorker, startWorker, type WorkerOptions } from "./start-worker";
