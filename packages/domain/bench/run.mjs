// Benchmarks for @samstemt/domain: deadlineStatus evaluations per second (target ≥ 1,000,000/s)
// and what an importer pays: a bundle of only firstMeetingDeadline, deadlineStatus and
// quarterOf (target ≤ 5 kB minified, no zod), and the whole package (target ≤ 16 kB gzip
// without zod). Both are bundled from the built dist/ through package.json "exports", as a
// consumer's bundler sees the package.
// Usage: node bench/run.mjs [--write]   (--write updates the "## packages/domain" section of
// the repository's BENCHMARKS.md). Runs against the built dist/ and builds it if it is stale.
import { execFileSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { Bench } from "tinybench";
import {
  machineDescription,
  writeBenchmarkSection,
} from "../../../scripts/write-benchmark-section.mjs";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const distEntry = join(packageDir, "dist", "index.js");

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}
if (!existsSync(distEntry) || statSync(distEntry).mtimeMs < newestMtime(join(packageDir, "src"))) {
  console.log("dist/ is missing or stale: building…");
  execFileSync("pnpm", ["run", "build"], { cwd: packageDir, stdio: "inherit" });
}
const domain = await import(distEntry);

// Deterministic inputs: instants spread over 2000–2100 (every month, DST switches, leap days).
let seed = 42;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};
const MIN = Date.UTC(2000, 0, 1);
const SPAN = Date.UTC(2100, 11, 31) - MIN;
const DAY = 86_400_000;
const inputs = Array.from({ length: 4096 }, () => {
  const initiativeAt = new Date(MIN + Math.floor(random() * SPAN));
  const held =
    random() < 0.5 ? new Date(initiativeAt.getTime() + Math.floor(random() * 40 * DAY)) : null;
  return { initiativeAt, firstMeetingHeldAt: held };
});
const nows = inputs.map(
  (input) => new Date(input.initiativeAt.getTime() + Math.floor(random() * 60 * DAY)),
);
const consents = Array.from({ length: 5 }, (_, i) => ({
  consentId: `s${i}`,
  purpose: "treatment",
  method: "oral",
  organisationIds: [`org-${i}`, `org-${i + 1}`, "region"],
  givenAt: new Date("2025-01-01T00:00:00Z"),
  expiresAt: null,
  withdrawnAt: null,
}));

// Each task iteration runs BATCH evaluations, so timer resolution does not dominate.
const BATCH = 1000;
let sink = 0;
const bench = new Bench({ time: 1500, warmupTime: 300 });
bench
  .add("deadlineStatus — random cases 2000–2100", () => {
    for (let i = 0; i < BATCH; i++) {
      const k = (sink + i) & 4095;
      sink += domain.deadlineStatus(inputs[k], nows[k]).daysLeft & 1;
    }
  })
  .add("deadlineStatus — one open case polled", () => {
    const input = inputs[7];
    const now = nows[7];
    for (let i = 0; i < BATCH; i++) sink += domain.deadlineStatus(input, now).daysLeft & 1;
  })
  .add("firstMeetingDeadline", () => {
    for (let i = 0; i < BATCH; i++)
      sink += domain.firstMeetingDeadline(inputs[(sink + i) & 4095].initiativeAt).getTime() & 1;
  })
  .add("quarterOf", () => {
    for (let i = 0; i < BATCH; i++) sink += domain.quarterOf(nows[(sink + i) & 4095]).quarter;
  })
  .add("mayShareInformation (5 consents)", () => {
    for (let i = 0; i < BATCH; i++)
      sink += domain.mayShareInformation(consents, "org-3", "region", nows[i & 4095]) ? 1 : 0;
  });
const actor = {
  personId: "p1",
  organisationId: "o1",
  unitId: "u1",
  sector: "municipality",
  role: "staff",
};
const command = {
  caseId: "c1",
  citizen: { citizenId: "b1", name: "Jens Jensen" },
  initiativeAt: new Date("2025-03-03T09:00:00Z"),
  reasons: { categories: ["self_harm"], text: null },
  citizenStance: "accepts_help",
};
const now = new Date("2025-03-04T09:00:00Z");
bench.add("registerInitiative (validate + decide)", () => {
  for (let i = 0; i < BATCH; i++)
    sink += domain.registerInitiative(command, { actor, now }).ok ? 1 : 0;
});
await bench.run();

const rows = bench.tasks.map((task) => {
  const result = task.result;
  const opsPerSecond = result.throughput.mean * BATCH;
  return { name: task.name, opsPerSecond, rme: result.throughput.rme ?? result.latency.rme };
});

// What an importer pays: bundles built the way a consumer's bundler builds them, against
// dist/ reached through package.json "exports" (a scratch node_modules links the package).
const consumer = mkdtempSync(join(tmpdir(), "samstemt-domain-consumer-"));
mkdirSync(join(consumer, "node_modules", "@samstemt"), { recursive: true });
symlinkSync(packageDir, join(consumer, "node_modules", "@samstemt", "domain"), "dir");
async function consumerBundle(source, external) {
  const result = await build({
    stdin: { contents: source, resolveDir: consumer, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    external,
    write: false,
    metafile: true,
  });
  const contents = result.outputFiles[0].contents;
  const inputs = Object.entries(Object.values(result.metafile.outputs)[0].inputs);
  return {
    minifiedBytes: contents.length,
    gzipBytes: gzipSync(contents, { level: 9 }).length,
    zodBytes: inputs
      .filter(([path]) => /node_modules\/(\.pnpm\/)?zod/.test(path))
      .reduce((sum, [, input]) => sum + input.bytesInOutput, 0),
    inputs,
  };
}
const threeFunctions = await consumerBundle(
  `export { firstMeetingDeadline, deadlineStatus, quarterOf } from "@samstemt/domain";`,
  ["@date-fns/tz"],
);
const wholePackage = await consumerBundle(
  [".", "./labels", "./json-schemas"]
    .map((entry) => `export * from "@samstemt/domain${entry.slice(1)}";`)
    .join("\n"),
  ["zod", "@date-fns/tz"],
);
const mainEntry = await consumerBundle(`export * from "@samstemt/domain";`, [
  "zod",
  "@date-fns/tz",
]);
rmSync(consumer, { recursive: true, force: true });
// Where the whole package's bytes go, by feature folder (dist/<folder>/…), largest first.
const byFolder = new Map();
for (const [path, input] of wholePackage.inputs) {
  const folder = /dist\/([^/]+)\//.exec(path)?.[1] ?? "(entries, vocabulary)";
  byFolder.set(folder, (byFolder.get(folder) ?? 0) + input.bytesInOutput);
}
const breakdown = [...byFolder].filter(([, bytes]) => bytes > 0).sort((a, b) => b[1] - a[1]);

const deadline = rows[0];
const format = (n) => Math.round(n).toLocaleString("en-US");
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const markdown = `## packages/domain

Measured ${new Date().toISOString().slice(0, 10)} with \`pnpm --filter @samstemt/domain bench\` (tinybench ${JSON.parse(readFileSync(join(packageDir, "node_modules", "tinybench", "package.json"), "utf8")).version}, ${BATCH} calls per sample) on: ${machineDescription()}.

| benchmark | evaluations/s | ± |
|---|---:|---:|
${rows.map((row) => `| ${row.name} | ${format(row.opsPerSecond)} | ${row.rme.toFixed(1)} % |`).join("\n")}

| what an importer pays (esbuild, minified ESM, from dist/ through package.json "exports") | minified | gzip -9 | zod |
|---|---:|---:|---:|
| only \`firstMeetingDeadline\`, \`deadlineStatus\`, \`quarterOf\` (@date-fns/tz external) | ${format(threeFunctions.minifiedBytes)} | ${format(threeFunctions.gzipBytes)} | ${threeFunctions.zodBytes === 0 ? "none" : `${format(threeFunctions.zodBytes)} bytes`} |
| the main entry \`@samstemt/domain\` (zod and @date-fns/tz external) | ${format(mainEntry.minifiedBytes)} | ${format(mainEntry.gzipBytes)} | external |
| the whole package: main entry + \`/labels\` + \`/json-schemas\` (zod and @date-fns/tz external) | ${format(wholePackage.minifiedBytes)} | ${format(wholePackage.gzipBytes)} | external |

Whole package, minified bytes by feature folder: ${breakdown.map(([folder, bytes]) => `${folder} ${kB(bytes)}`).join(" · ")}.

Targets: \`deadlineStatus\` ≥ 1,000,000/s — ${deadline.opsPerSecond >= 1_000_000 ? "met" : "NOT met"} (${format(deadline.opsPerSecond)}/s on random cases); three-function bundle ≤ 5 kB minified without zod — ${threeFunctions.minifiedBytes <= 5_000 && threeFunctions.zodBytes === 0 ? "met" : "NOT met"} (${kB(threeFunctions.minifiedBytes)}); whole package ≤ 16 kB gzip without zod — ${wholePackage.gzipBytes <= 16_000 ? "met" : "NOT met"} (${kB(wholePackage.gzipBytes)}).
`;
console.log(`\n${markdown}`);

if (process.argv.includes("--write")) {
  console.log(`updated ${writeBenchmarkSection("packages/domain", markdown)}`);
}
if (sink === -1) console.log(sink);
