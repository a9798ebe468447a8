// `pnpm bench` (after the build): analyst export throughput and peak memory for BENCH_ROWS
// cases (default 1,000,000), CSV and XLSX, streamed from PostgreSQL to files. Each format runs
// in its own child process, so its peak memory (max RSS) is its own. Needs PostgreSQL:
// BENCH_DATABASE_URL or TEST_DATABASE_URL (a throw-away database is made and dropped); the
// embedded PGlite would keep the whole table inside the measured process.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createDatabase, runMigrations } from "@samstemt/db";
import { createEmptyPostgresDatabase } from "@samstemt/db/testing";

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const HEAP_MB = Number(process.env.BENCH_HEAP_MB ?? 128);
// BENCH_FORMATS=csv measures only the CSV export; BENCH_RUNS=3 runs each format three times
// on the same seeded data and reports the median run by rows/s.
const FORMATS = (process.env.BENCH_FORMATS ?? "csv,xlsx").split(",");
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 1));
const scope = { fromQuarter: "2024-Q1", toQuarter: "2025-Q4", organisationIds: [] };

if (process.argv[2] === "--child") {
  const [, , , url, format, dir] = process.argv;
  const { writeExport } = await import("../dist/index.js");
  const database = await createDatabase({ databaseUrl: url, maxConnections: 2 });
  let peakHeap = 0;
  const sampler = setInterval(() => {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }, 50);
  const databaseCpuBefore = databaseCpuSeconds(url);
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const result = await writeExport({
    database,
    scope,
    dir,
    formats: [format],
    threshold: 5,
    // BENCH_BATCH=n: rows per database batch; otherwise the export's own default.
    batchSize: process.env.BENCH_BATCH ? Number(process.env.BENCH_BATCH) : undefined,
  });
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const workerCpu = (cpu.user + cpu.system) / 1e6;
  const databaseCpu = databaseCpuSeconds(url, databaseCpuBefore);
  clearInterval(sampler);
  await database.close();
  const file = join(dir, format === "csv" ? "sager.csv" : "sager.xlsx");
  process.stdout.write(
    `${JSON.stringify({
      format,
      rows: result.rows,
      seconds,
      rowsPerSecond: Math.round(result.rows / seconds),
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      peakHeapMb: Math.round(peakHeap / 1024 / 1024),
      fileMb: Math.round(statSync(file).size / 1024 / 1024),
      workerCpuSeconds: Number(workerCpu.toFixed(1)),
      databaseCpuSeconds: databaseCpu === null ? null : Number(databaseCpu.toFixed(1)),
      // The worker and its database backend run side by side: on a machine with a core for
      // each and nothing else running, the busier of the two sets the pace.
      cpuBoundRowsPerSecond: Math.round(result.rows / Math.max(workerCpu, databaseCpu ?? 0)),
      loadAverage: Number(loadavg()[0].toFixed(1)),
    })}\n`,
  );
  process.exit(0);
}

if (!process.env.BENCH_DATABASE_URL && !process.env.TEST_DATABASE_URL) {
  console.log("export bench skipped: set BENCH_DATABASE_URL or TEST_DATABASE_URL (PostgreSQL)");
  process.exit(0);
}
process.env.TEST_DATABASE_URL ??= process.env.BENCH_DATABASE_URL;
// BENCH_REUSE_URL: export from a database a BENCH_KEEP_DATABASE run left (not seeded, not dropped).
const reuse = process.env.BENCH_REUSE_URL;
const empty = reuse ? { url: reuse, drop: async () => {} } : await createEmptyPostgresDatabase();
const database = await createDatabase({ databaseUrl: empty.url, maxConnections: 2 });
const dir = mkdtempSync(join(tmpdir(), "samstemt-export-bench-"));
try {
  if (!reuse) {
    await runMigrations(database.sql);
    const seeding = performance.now();
    await seed(database.sql, ROWS);
    console.log(`seeded ${ROWS} cases in ${((performance.now() - seeding) / 1000).toFixed(1)} s`);
  }
  const results = [];
  for (const format of FORMATS) {
    const runs = [];
    for (let run = 0; run < RUNS; run++) runs.push(exportOnce(format));
    runs.sort((a, b) => a.rowsPerSecond - b.rowsPerSecond);
    if (RUNS > 1) {
      console.log(
        `${format}: ${runs.map((r) => `${r.rowsPerSecond} rows/s, ${r.peakRssMb} MB`).join(" · ")}`,
      );
    }
    results.push({
      ...runs[Math.floor(runs.length / 2)],
      runs: RUNS,
      maxPeakRssMb: Math.max(...runs.map((r) => r.peakRssMb)),
    });
  }
  const heap = HEAP_MB > 0 ? `old space capped at ${HEAP_MB} MB` : "V8's default heap";
  console.log(
    `\nanalyst export of ${ROWS.toLocaleString("en")} cases (PostgreSQL → file, ${heap}${RUNS > 1 ? `, median of ${RUNS} runs` : ""})`,
  );
  console.log(
    "format  rows/s     seconds  peak RSS (MB)  peak heap (MB)  file (MB)  worker CPU (s)  database CPU (s)  CPU-bound rows/s  load",
  );
  for (const r of results) {
    console.log(
      `${r.format.padEnd(7)} ${String(r.rowsPerSecond).padEnd(10)} ${r.seconds.toFixed(1).padEnd(8)} ${String(r.peakRssMb).padEnd(14)} ${String(r.peakHeapMb).padEnd(15)} ${String(r.fileMb).padEnd(10)} ${String(r.workerCpuSeconds).padEnd(15)} ${String(r.databaseCpuSeconds ?? "–").padEnd(17)} ${String(r.cpuBoundRowsPerSecond).padEnd(17)} ${r.loadAverage}`,
    );
  }
  console.log(JSON.stringify({ bench: "analyst-export", rows: ROWS, heapMb: HEAP_MB, results }));
} finally {
  await database.close();
  // BENCH_KEEP_DATABASE=1 leaves the seeded database for a look at its query plans.
  if (process.env.BENCH_KEEP_DATABASE || reuse) console.log(`kept ${empty.url}`);
  else await empty.drop();
  rmSync(dir, { recursive: true, force: true });
}

/** One export of one format in its own child process, so its peak memory is its own. */
function exportOnce(format) {
  const child = spawnSync(
    process.execPath,
    [
      // V8 grows its heap lazily (the live set stays near 100 MB): the export runs with its
      // old space capped, as a worker process should be run; BENCH_HEAP_MB=0: V8's defaults.
      ...(HEAP_MB > 0 ? [`--max-old-space-size=${HEAP_MB}`] : []),
      // BENCH_PROFILE=dir writes a CPU profile of each export there.
      ...(process.env.BENCH_PROFILE
        ? ["--cpu-prof", "--cpu-prof-dir", process.env.BENCH_PROFILE]
        : []),
      fileURLToPath(import.meta.url),
      "--child",
      empty.url,
      format,
      join(dir, format),
    ],
    { encoding: "utf8", maxBuffer: 1 << 20 },
  );
  if (child.status !== 0) throw new Error(`${format} export failed:\n${child.stderr}`);
  return JSON.parse(child.stdout.trim().split("\n").at(-1));
}

/**
 * CPU seconds the database server's backends for this database have used (Linux /proc, a
 * local server only; null elsewhere). With `before`, only what was used since: backends that
 * were there before count from their earlier total, new ones from zero.
 */
function databaseCpuSeconds(url, before) {
  if (!existsSync("/proc/self/stat")) return before === undefined ? new Map() : null;
  const name = new URL(url).pathname.slice(1);
  const ticks = new Map();
  for (const pid of readdirSync("/proc").filter((entry) => /^\d+$/.test(entry))) {
    try {
      const command = readFileSync(`/proc/${pid}/cmdline`, "utf8");
      if (!command.startsWith("postgres:") || !command.includes(` ${name} `)) continue;
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
      ticks.set(pid, Number(fields[11]) + Number(fields[12]));
    } catch {
      // The process ended meanwhile.
    }
  }
  if (before === undefined) return ticks;
  if (ticks.size === 0) return null;
  let used = 0;
  for (const [pid, total] of ticks) used += total - (before.get(pid) ?? 0);
  // Linux counts in clock ticks of 1/100 s (USER_HZ) on every usual build.
  return used / 100;
}

/** Made-up cases straight into the tables the export reads, spread over eight quarters. */
async function seed(sql, rows) {
  const org = "00000000-0000-7000-8000-000000000001";
  const unit = "00000000-0000-7000-8000-000000000002";
  const person = "00000000-0000-7000-8000-000000000003";
  await sql.exec(`
    INSERT INTO "organisation" ("id", "name", "sector") VALUES ('${org}', 'Bench region', 'region');
    INSERT INTO "unit" ("id", "organisation_id", "name") VALUES ('${unit}', '${org}', 'Bench enhed');
    INSERT INTO "person" ("id", "unit_id", "username", "name", "title", "role", "email")
      VALUES ('${person}', '${unit}', 'bench', 'Bench Person', 'staff', 'staff', 'bench@bench.invalid');
    INSERT INTO "citizen" ("id", "cpr", "name")
      SELECT 'c' || g, lpad(g::text, 10, '0'), 'Borger ' || g FROM generate_series(1, ${rows}) g;
    INSERT INTO "case" ("id", "citizen_id", "status", "initiator_id", "initiator_unit_id",
        "initiative_at", "deadline_at", "state", "version", "updated_at")
      SELECT 'k' || lpad(g::text, 9, '0'), 'c' || (1 + (g::bigint * 7919) % ${rows}), 'active', '${person}', '${unit}',
        timestamptz '2024-01-01 09:00+01' + (g % 730) * interval '1 day',
        timestamptz '2024-02-01 23:59+01' + (g % 730) * interval '1 day', '{}', 1, now()
      FROM generate_series(1, ${rows}) g;
    INSERT INTO "case_indicator" ("case_id", "case_version", "computed_at", "status",
        "initiative_at", "initiative_quarter", "endorsed_at", "endorsed_quarter", "declined",
        "excluded", "activated_at", "activated_quarter", "first_meeting_at", "days_to_endorsement",
        "days_to_activation", "days_to_first_meeting", "deadline_at", "deadline_state",
        "has_coordinator", "organisational_agreement_signed", "organisational_agreement_complete",
        "organisational_agreement_missing_fields", "citizen_agreement_signed",
        "citizen_agreement_complete", "citizen_agreement_missing_fields", "supervision",
        "meeting_every", "meeting_unit", "meetings_held", "collaboration_meetings_held",
        "citizen_present_meetings", "meetings_expected", "next_meeting_overdue", "change_notices",
        "pending_acknowledgements", "sectors", "sector_count")
      SELECT c."id", 1, now(), 'active', c."initiative_at",
        to_char(c."initiative_at" AT TIME ZONE 'UTC', 'YYYY') || '-Q' || extract(quarter FROM c."initiative_at" AT TIME ZONE 'UTC'),
        c."initiative_at" + interval '1 day', NULL, false, false,
        c."initiative_at" + interval '3 days', NULL,
        CASE WHEN g % 5 = 0 THEN NULL ELSE c."initiative_at" + (g % 40) * interval '1 day' END,
        1, 3, CASE WHEN g % 5 = 0 THEN NULL ELSE g % 40 END, c."deadline_at",
        (ARRAY['met', 'missed', 'overdue', 'open'])[1 + g % 4]::"DeadlineState",
        g % 3 <> 0, g % 2 = 0, g % 2 = 0, g % 4, g % 3 = 0, g % 3 = 0, g % 5, g % 2 = 0,
        2, 'week', g % 12, g % 6, g % 4, g % 15, g % 7 = 0, g % 3, g % 2,
        ARRAY['region', 'municipality']::"Sector"[], 2
      FROM "case" c CROSS JOIN LATERAL (SELECT substr(c."id", 2)::int AS g) n;`);
  // As autovacuum leaves a table of this age: statistics (the export's key ranges come from
  // them), and hint bits and the visibility map set, so the first export does not pay for
  // marking a million freshly loaded rows (it ran ~10% slower than the next).
  await sql.exec("VACUUM (ANALYZE)");
}
