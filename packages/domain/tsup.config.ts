import { existsSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { defineConfig, type Options } from "tsup";

/** The public entry points: `.`, `./labels` and `./json-schemas` in package.json. */
const publicEntries = {
  index: "src/index.ts",
  labels: "src/labels.ts",
  "json-schemas": "src/json-schemas.ts",
};

/**
 * Keeps every source module its own file (`dist/deadline/deadline-status.js`, …) by leaving
 * relative imports external, spelled with the extension Node needs (`.js` for ESM, `.cjs`
 * for CommonJS). With `sideEffects: false`, a consumer's bundler then drops whole modules it
 * does not use: importing `deadlineStatus` pulls in the time modules, not zod and the command
 * schemas (one bundled file would keep every top-level `z.object(…)` call). The entries share
 * the modules, so `/labels` and `/json-schemas` hand out the very objects the main entry does.
 */
function oneFilePerModule(
  extension: ".js" | ".cjs",
): NonNullable<Options["esbuildPlugins"]>[number] {
  return {
    name: "one-file-per-module",
    setup(build) {
      build.onResolve({ filter: /^\.\.?\// }, (args) => {
        const target = resolve(dirname(args.importer), args.path);
        if (existsSync(`${target}.ts`)) return { path: `${args.path}${extension}`, external: true };
        if (existsSync(target) && statSync(target).isDirectory()) {
          return { path: `${args.path}/index${extension}`, external: true };
        }
        return undefined;
      });
    },
  };
}

const shared: Options = {
  // Every module, so the public entries can import them file by file.
  entry: ["src/**/*.ts", "!src/**/*.test.ts"],
  dts: { entry: publicEntries },
  sourcemap: true,
  target: "es2022",
};

export default defineConfig([
  { ...shared, format: "esm", esbuildPlugins: [oneFilePerModule(".js")] },
  { ...shared, format: "cjs", esbuildPlugins: [oneFilePerModule(".cjs")] },
]);
