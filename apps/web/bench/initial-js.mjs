// The staff app's initial JavaScript, gzip: what a browser must download before the first
// page shows. Usage: node bench/initial-js.mjs (after `vite build`; turbo builds it first).
// "initial" is the entry and every chunk it imports statically (index.html's script and
// modulepreload links); "first page" adds the lazily loaded chunks of `/` (Mine opgaver).
// Budget (issue 8): initial ≤ 200 kB gzip. Exits 1 over budget.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const BUDGET_BYTES = 200 * 1024;
const dist = join(import.meta.dirname, "..", "dist");
const manifest = JSON.parse(readFileSync(join(dist, ".vite", "manifest.json"), "utf8"));

/** A chunk and everything it imports statically, as manifest keys. */
function closure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key]?.imports ?? []) closure(imported, seen);
  return seen;
}
const gzipBytes = (keys) =>
  [...keys].reduce(
    (sum, key) => sum + gzipSync(readFileSync(join(dist, manifest[key].file)), { level: 9 }).length,
    0,
  );

const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
const initial = closure(entry);
const firstPage = closure("src/pages/tasks/tasks-page.tsx", new Set(initial));
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const initialBytes = gzipBytes(initial);
console.log(`staff app initial JS (gzip): ${kb(initialBytes)} in ${initial.size} files`);
console.log(
  `staff app first page / (gzip): ${kb(gzipBytes(firstPage))} in ${firstPage.size} files`,
);
for (const key of Object.keys(manifest)
  .filter((k) => manifest[k].isDynamicEntry)
  .sort()) {
  const own = closure(key, new Set(initial));
  for (const k of initial) own.delete(k);
  console.log(`  route chunk ${key}: +${kb(gzipBytes(own))}`);
}
if (initialBytes > BUDGET_BYTES) {
  console.error(`over budget: ${kb(initialBytes)} > ${kb(BUDGET_BYTES)}`);
  process.exit(1);
}
