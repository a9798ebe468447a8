import type { JobDefinition } from "./job-definition";
import { recomputeDeadlinesJob } from "./recompute-deadlines.job";

export const allJobs: JobDefinition[] = [recomputeDeadlinesJob];
