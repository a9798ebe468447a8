import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { migrationsDir } from "./package-root";

export interface MigrationFile {
  name: string;
  sql: string;
  /** SHA-256 of the file, hex — the checksum `prisma migrate deploy` records. */
  checksum: string;
}

/** The migrations in Prisma's layout, oldest first: `<timestamp>_<name>/migration.sql`. */
export function readMigrations(dir: string = migrationsDir()): MigrationFile[] {
  return readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isDirectory())
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}
