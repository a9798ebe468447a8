import { rm } from "node:fs/promises";
import { join } from "node:path";
import { expireExports } from "@samstemt/db";
import type { JobDefinition } from "../jobs/job-definition";

/** Hourly: exports past their time lose their files (EXPORT_TTL_HOURS after they were written). */
export const expireExportsJob: JobDefinition = {
  name: "exports.expire",
  cron: "15 * * * *",
  async run({ database, now, settings }) {
    const expired = await expireExports(database, now());
    for (const id of expired) {
      await rm(join(settings.exportDir, id), { recursive: true, force: true });
    }
    return { expired: expired.length };
  },
};
