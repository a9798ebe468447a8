import { fileURLToPath } from "node:url";
import { build } from "tsup";

const root = fileURLToPath(new URL("../..", import.meta.url));

/**
 * Bundles worker code for a child process (the package's own dist is built only by `build`,
 * which tests do not wait for): into test/fixtures/dist, where the workspace's packages and
 * dependencies resolve as they do for dist/.
 */
export async function buildFixtures(
  entries: Record<string, string>,
): Promise<Record<string, string>> {
  const outDir = `${root}test/fixtures/dist`;
  await build({
    entry: Object.fromEntries(
      Object.entries(entries).map(([name, path]) => [name, `${root}${path}`]),
    ),
    outDir,
    format: ["esm"],
    platform: "node",
    target: "node20",
    silent: true,
    clean: false,
    splitting: false,
    config: false,
  });
  return Object.fromEntries(Object.keys(entries).map((name) => [name, `${outDir}/${name}.js`]));
}
