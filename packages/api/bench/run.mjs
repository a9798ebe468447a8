// How long the API's list, detail and dashboard reads take with many cases in the database.
// Usage: node bench/run.mjs [--cases N] [--write]   (default 2,000 cases; --write updates the
// "## packages/api" section of BENCHMARKS.md). Embedded PGlite always; PostgreSQL too when
// TEST_DATABASE_URL is set. Runs against the built dist/ (turbo builds it first).
import { parseArgs } from "node:util";
import { createTestCase, createTestDatabase, seedTestOrganisations } from "@samstemt/db/testing";
import { Bench } from "tinybench";
import {
  machineDescription,
  writeBenchmarkSection,
} from "../../../scripts/write-benchmark-section.mjs";
import { createCaller, createContext } from "../dist/index.js";

const { values } = parseArgs({
  options: { cases: { type: "string", default: "2000" }, write: { type: "boolean" } },
});
const caseCount = Number.parseInt(values.cases, 10);
if (!Number.isInteger(caseCount) || caseCount < 1)
  throw new Error("--cases must be a positive integer");
const kinds = process.env.TEST_DATABASE_URL ? ["pglite", "postgresql"] : ["pglite"];
const DAY = 86_400_000;
const start = Date.UTC(2024, 0, 1);

async function callerFor(db, person, now) {
  const row = await db.prisma.person.findUniqueOrThrow({
    where: { id: person.id },
    include: { unit: { include: { organisation: true } } },
  });
  const actor = {
    personId: row.id,
    name: row.name,
    role: row.role,
    unitId: row.unitId,
    unitName: row.unit.name,
    organisationId: row.unit.organisationId,
    organisationName: row.unit.organisation.name,
    sector: row.unit.organisation.sector,
  };
  return createCaller(createContext({ db, actor, now: () => now }));
}

/**
 * Cases as the product makes them, spread over three years: a third only registered, a
 * third endorsed, a third active with a cross-sectoral team, half of those with a meeting.
 */
async function seed(db, orgs) {
  const began = performance.now();
  for (let i = 0; i < caseCount; i++) {
    const regional = i % 2 === 0;
    const initiator = regional ? orgs.regionStaff : orgs.municipalityStaff;
    const leader = regional ? orgs.regionLeader : orgs.municipalityLeader;
    const initiativeAt = new Date(start + Math.floor((i / caseCount) * 1000) * DAY);
    const stage = i % 3;
    await createTestCase(db.prisma, {
      initiator,
      initiativeAt,
      endorsedBy: stage >= 1 ? leader : undefined,
      activation:
        stage === 2
          ? {
              leaders: [leader, regional ? orgs.municipalityLeader : orgs.regionLeader],
              members: [orgs.regionStaff, orgs.municipalityStaff],
              coordinator: initiator,
            }
          : undefined,
      collaborationHeldAt:
        stage === 2 && i % 4 < 2 ? new Date(initiativeAt.getTime() + 20 * DAY) : undefined,
    });
  }
  return performance.now() - began;
}

const results = [];
for (const kind of kinds) {
  const db = await createTestDatabase(kind);
  try {
    const orgs = await seedTestOrganisations(db.prisma);
    const seedMs = await seed(db, orgs);
    // Planner statistics as autovacuum keeps them in steady state; straight after a bulk load
    // PostgreSQL plans these reads 10× slower (measured: 367 ms vs 36 ms for cases.mine).
    await db.sql.query("ANALYZE");
    const now = new Date(start + 1100 * DAY);
    const leader = await callerFor(db, orgs.regionLeader, now);
    const staff = await callerFor(db, orgs.regionStaff, now);
    const [someCase] = await staff.cases.mine();
    const visibleToLeader = (await leader.cases.mine()).length;
    const bench = new Bench({ time: 3000, warmupTime: 500 });
    bench
      .add(`cases.mine — leader (${visibleToLeader} rows, each audited)`, () => leader.cases.mine())
      .add("cases.get — one case with its overview (audited)", () =>
        staff.cases.get({ caseId: someCase.id }),
      )
      .add("dashboard.summary — leader's figures over every case", () =>
        leader.dashboard.summary(),
      );
    await bench.run();
    for (const task of bench.tasks) {
      const { latency } = task.result;
      results.push({
        kind,
        name: task.name,
        mean: latency.mean,
        p99: latency.p99,
        n: latency.samplesCount,
      });
    }
    results.push({
      kind,
      name: `seeding ${caseCount} cases through the domain`,
      mean: seedMs / caseCount,
      p99: null,
      n: caseCount,
    });
  } finally {
    await db.destroy();
  }
}

const ms = (value) => (value === null ? "—" : `${value.toFixed(1)} ms`);
const markdown = `## packages/api

Measured ${new Date().toISOString().slice(0, 10)} with \`pnpm --filter @samstemt/api bench\` (tinybench, in-process tRPC caller, ${caseCount.toLocaleString("en-US")} cases in the database) on: ${machineDescription()}. PostgreSQL is the local server on 127.0.0.1:5432.

| database | call | mean | p99 | samples |
|---|---|---:|---:|---:|
${results.map((r) => `| ${r.kind} | ${r.name} | ${ms(r.mean)} | ${ms(r.p99)} | ${r.n.toLocaleString("en-US")} |`).join("\n")}

No targets are set for these yet; they show where time goes as the number of cases grows.
`;
console.log(`\n${markdown}`);
if (values.write) console.log(`updated ${writeBenchmarkSection("packages/api", markdown)}`);
