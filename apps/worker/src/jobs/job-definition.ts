import type { Database } from "@samstemt/db";

export interface JobDefinition {
  /** The pg-boss queue name. */
  name: string;
  /** When it runs by itself, in Danish time (the domain's DANISH_TIME_ZONE). */
  cron: string;
  run(database: Database, now: () => Date): Promise<unknown>;
}
