import type { Database, DatabaseKind } from "@samstemt/db";

/** What the routes need to know about start-up: the database once it is open and migrated. */
export interface ServerState {
  databaseKind: DatabaseKind;
  database: Database | null;
  /** True once migrations have run (and demo data is in place): what /readyz reports. */
  ready: boolean;
  shuttingDown: boolean;
}
