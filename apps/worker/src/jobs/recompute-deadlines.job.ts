import { createCaller, createSystemContext } from "@samstemt/api";
import type { JobDefinition } from "./job-definition";

/**
 * R9 deadlines turn overdue at midnight Danish time, so the job runs a few minutes past
 * every hour (and can be run on demand); it goes through the API like every other client.
 */
export const recomputeDeadlinesJob: JobDefinition = {
  name: "deadlines.recompute",
  cron: "5 * * * *",
  async run({ database, now }) {
    const caller = createCaller(createSystemContext({ db: database, now }));
    return caller.deadlines.recompute();
  },
};
