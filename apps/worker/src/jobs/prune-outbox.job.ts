import { pruneHandledOutbox } from "@samstemt/db";
import type { JobDefinition } from "./job-definition";

/** Nightly: outbox rows every consumer handled more than OUTBOX_RETENTION_DAYS ago go. */
export const pruneOutboxJob: JobDefinition = {
  name: "outbox.prune",
  cron: "30 3 * * *",
  async run({ database, settings }) {
    return { deleted: await pruneHandledOutbox(database, settings.outboxRetentionSeconds) };
  },
};
