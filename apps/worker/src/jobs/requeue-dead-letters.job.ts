import { takeJobRetries } from "@samstemt/db";
import type { JobDefinition } from "./job-definition";

/**
 * Every minute: jobs an administrator asked to retry from the dead-letter list
 * (`notifications.retryDeadLetter`) go back on their queues with their original data.
 */
export const requeueDeadLettersJob: JobDefinition = {
  name: "dead-letters.requeue",
  cron: "* * * * *",
  async run({ database, now, send }) {
    const retries = await takeJobRetries(database, now());
    for (const retry of retries) {
      const data = retry.payload && typeof retry.payload === "object" ? retry.payload : {};
      await send(retry.name, data);
    }
    return { requeued: retries.length };
  },
};
