// Replaces (or appends) one "## <heading>" section of the repository's BENCHMARKS.md, so each
// package's benchmark keeps its own figures current without touching the others'.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

/** `markdown` must start with `## ${heading}`. */
export function writeBenchmarkSection(heading, markdown) {
  const file = join(root, "BENCHMARKS.md");
  const current = existsSync(file) ? readFileSync(file, "utf8") : "# Benchmarks\n";
  const escaped = heading.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  const section = new RegExp(`^## ${escaped}\\n[\\s\\S]*?(?=^## |(?![\\s\\S]))`, "m");
  const next = section.test(current)
    ? current.replace(section, `${markdown}\n`)
    : `${current.trimEnd()}\n\n${markdown}`;
  writeFileSync(file, `${next.replace(/\n{3,}/g, "\n\n").trimEnd()}\n`);
  // Keep the file as the repository's formatter (Biome) writes Markdown.
  const biome = join(root, "node_modules", ".bin", "biome");
  if (existsSync(biome)) execFileSync(biome, ["format", "--write", file], { stdio: "ignore" });
  return file;
}

/** "2 CPUs (`nproc`), AMD EPYC, Node v20.20.2" — the machine line every section carries. */
export function machineDescription() {
  const cpuinfo = existsSync("/proc/cpuinfo") ? readFileSync("/proc/cpuinfo", "utf8") : "";
  const cpuModel = /model name\s*:\s*(.*)/.exec(cpuinfo)?.[1] ?? "unknown CPU";
  return `${availableParallelism()} CPUs (\`nproc\`), ${cpuModel}, Node ${process.version}`;
}
