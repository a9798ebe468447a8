// The leader dashboard's quarter query (issue 11, R12) with 40,000 generated cases on
// PostgreSQL: p50/p95 as the dashboard runs it (Prisma's $queryRaw in a read-only
// transaction), the same SQL text and values straight through `pg`, and one drill-down.
// Usage: TEST_DATABASE_URL=postgresql://… node bench/quarter-dashboard.mjs [--cases N]
// Runs against the built dist/ (pnpm turbo run build --filter=@samstemt/db). Prints a
// Markdown table; BENCHMARKS.md is the maintainer's to update.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { DANISH_TIME_ZONE } from "@samstemt/domain";
import pg from "pg";
import {
  createDatabase,
  currentQuarterLabel,
  listDashboardCases,
  quarterFiguresSql,
  quartersEnding,
  readQuarterDashboard,
  runMigrations,
  SESSION_SETTINGS,
} from "../dist/index.js";
import { createEmptyPostgresDatabase, seedTestOrganisations } from "../dist/testing.js";
import { generateQuarterCases } from "./generate-quarter-cases.mjs";

const { values } = parseArgs({
  options: {
    cases: { type: "string", default: "40000" },
    runs: { type: "string", default: "200" },
  },
});
const count = Number.parseInt(values.cases, 10);
const runs = Number.parseInt(values.runs, 10);
if (!process.env.TEST_DATABASE_URL) {
  // `pnpm bench` runs every package's bench; this one only means something on PostgreSQL.
  console.info("quarter-dashboard bench skipped: set TEST_DATABASE_URL to a PostgreSQL server");
  process.exit(0);
}

const now = new Date("2026-11-20T10:00:00Z");
const quarter = currentQuarterLabel(now);

async function time(fn) {
  for (let i = 0; i < 10; i++) await fn();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const began = performance.now();
    await fn();
    samples.push(performance.now() - began);
  }
  samples.sort((a, b) => a - b);
  const at = (q) => samples[Math.min(samples.length - 1, Math.ceil(q * samples.length) - 1)];
  return { p50: at(0.5), p95: at(0.95), mean: samples.reduce((s, x) => s + x, 0) / samples.length };
}

/**
 * CPU milliseconds a PostgreSQL backend has used (Linux /proc, same machine): on a shared,
 * busy machine wall-clock times mostly measure the queue for a core; this does not.
 */
function backendCpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return null;
  }
}

const empty = await createEmptyPostgresDatabase();
const database = await createDatabase({ databaseUrl: empty.url, maxConnections: 4 });
const client = new pg.Client({ connectionString: empty.url });
try {
  await runMigrations(database.sql);
  await client.connect();
  const orgs = await seedTestOrganisations(database.prisma, "bench");
  const began = performance.now();
  await generateQuarterCases(client, {
    count,
    now,
    tz: DANISH_TIME_ZONE,
    people: {
      regionStaff: orgs.regionStaff,
      municipalityStaff: orgs.municipalityStaff,
      regionOrg: orgs.regionLeader.organisationId,
      municipalityOrg: orgs.municipalityLeader.organisationId,
    },
  });
  const loadMs = performance.now() - began;
  // Straight after a bulk load PostgreSQL plans these reads ~10× slower until ANALYZE runs.
  await client.query("ANALYZE");

  const leader = orgs.regionLeader;
  const viewer = {
    personId: leader.id,
    role: leader.role,
    unitId: leader.unitId,
    organisationId: leader.organisationId,
  };
  const scope = { kind: "all" };
  const quarters = quartersEnding(quarter, 8);
  const sql = quarterFiguresSql(viewer, scope, quarters, now);
  // As every session of the product runs (no JIT, work_mem, UTC); the pg session likewise.
  for (const [name, value] of Object.entries(SESSION_SETTINGS)) {
    await client.query("SELECT set_config($1, $2, false)", [name, value]);
  }
  const viaPrisma = (
    await readQuarterDashboard(database, viewer, { quarter, scope, now })
  ).trend.at(-1);
  const { rows: viaPg } = await client.query(sql.text, sql.values);
  const visible = (
    await client.query(
      `SELECT count(*)::int AS n FROM "case" c WHERE c."initiator_unit_id" = $1
       OR EXISTS (SELECT 1 FROM "case_organisation" co WHERE co."case_id" = c."id" AND co."organisation_id" = $2)`,
      [leader.unitId, leader.organisationId],
    )
  ).rows[0].n;
  if (viaPrisma?.counts.registered !== viaPg.at(-1).registered) {
    throw new Error("Prisma and pg disagree on the quarter query");
  }

  const prisma = await time(() => readQuarterDashboard(database, viewer, { quarter, scope, now }));
  const pid = (await client.query("SELECT pg_backend_pid() AS pid")).rows[0].pid;
  const cpuBefore = backendCpuMs(pid);
  const direct = await time(() => client.query(sql.text, sql.values));
  const cpuAfter = backendCpuMs(pid);
  const cpuPerQuery =
    cpuBefore === null || cpuAfter === null ? null : (cpuAfter - cpuBefore) / (runs + 10);
  const drill = await time(() =>
    listDashboardCases(database, viewer, { quarter, scope, figure: "deadlineMissed", now }),
  );
  const ms = (x) => `${x.toFixed(1)} ms`;
  const line = (name, r) => `| ${name} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.mean)} |`;
  console.log(`### Quarter dashboard on PostgreSQL: ${count.toLocaleString("en")} cases, leader sees ${visible.toLocaleString("en")}
Generated in SQL in ${(loadMs / 1000).toFixed(1)} s, then ANALYZE; ${runs} runs each after 10 warm-up runs.

| what | p50 | p95 | mean |
| --- | --- | --- | --- |
${line("quarter query: 8 quarters, gaps now, closing reasons (readQuarterDashboard: one Prisma $queryRaw)", prisma)}
${line("the same SQL and values straight through pg (one session, same settings)", direct)}
${line("drill-down: cases that missed the R9 deadline", drill)}

Prisma / pg ratio (p95): ${(prisma.p95 / direct.p95).toFixed(2)}; target p95 ≤ 150 ms: ${prisma.p95 <= 150 ? "met" : "NOT met"}.
PostgreSQL backend CPU per quarter query (pg): ${cpuPerQuery === null ? "not measurable here" : ms(cpuPerQuery)}; load average during the run: ${readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ")}.`);
  if (prisma.p95 > 150) process.exitCode = 1;
} finally {
  await client.end().catch(() => {});
  await database.close();
  await empty.drop();
}
