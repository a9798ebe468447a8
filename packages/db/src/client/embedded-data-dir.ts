import { join } from "node:path";

/** Where the embedded PGlite database lives inside a DATA_DIR: one rule for server and CLI. */
export function embeddedDatabaseDir(dataDir: string): string {
  return join(dataDir, "pglite");
}
