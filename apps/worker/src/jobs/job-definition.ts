import type { Database } from "@samstemt/db";

export interface JobDefinition {
  /** The pg-boss queue name. */
  name: string;
  /** When it runs by itself, in Danish time (Europe/Copenhagen). */
  cron: string;
  run(database: Database, now: () => Date): Promise<unknown>;
}
