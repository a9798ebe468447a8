import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** Finds this package's folder from source (src/…) and from the bundle (dist/…) alike. */
export function dbPackageRoot(from: string = fileURLToPath(import.meta.url)): string {
  let dir = dirname(from);
  for (;;) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).name === "@samstemt/db") {
      return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error("Cannot find the @samstemt/db package folder");
    dir = parent;
  }
}

export function migrationsDir(): string {
  return join(dbPackageRoot(), "prisma", "migrations");
}
