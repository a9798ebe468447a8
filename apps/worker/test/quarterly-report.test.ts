import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { quarterlyReportsOf } from "@samstemt/db";
import { type TestDatabase, testDatabaseKinds } from "@samstemt/db/testing";
import { PDFParse } from "pdf-parse";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  quarterlyReportJob,
  quarterlyReportPath,
  type RunningWorker,
  readWorkerSettings,
  recomputeDeadlinesJob,
  reportCount,
  startWorker,
} from "../src";
import { type AlertScenario, seedAlertScenario } from "./support/alert-scenario";
import { createWorkerTestDatabase } from "./support/test-database";
import { jobCompleted } from "./support/wait-for";

const now = new Date("2026-04-02T07:00:00Z");

async function pdfText(path: string): Promise<string> {
  const parser = new PDFParse({ data: await readFile(path) });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}

describe("counts in reports", () => {
  it("hides 1 to 4 as '< 5' and shows 0 and 5 and more", () => {
    expect([0, 1, 4, 5, 12].map((n) => reportCount(n, 5))).toEqual(["0", "< 5", "< 5", "5", "12"]);
  });
});

describe.each(testDatabaseKinds())("the quarterly report on %s", (kind) => {
  let db: TestDatabase;
  let worker: RunningWorker;
  let scenario: AlertScenario;
  let dir: string;

  beforeAll(async () => {
    db = await createWorkerTestDatabase(kind);
    dir = await mkdtemp(join(tmpdir(), "samstemt-reports-"));
    scenario = await seedAlertScenario(db, new Date("2026-03-10T07:00:00Z"));
    worker = await startWorker({
      database: db,
      logger: pino({ level: "silent" }),
      jobs: [quarterlyReportJob, recomputeDeadlinesJob],
      now: () => now,
      pollingIntervalSeconds: 0.5,
      outboxConsumers: [],
      settings: readWorkerSettings({ REPORT_DIR: dir }),
    });
  });
  afterAll(async () => {
    await worker?.stop();
    await db?.destroy();
    await rm(dir, { recursive: true, force: true });
  });

  it("writes a Danish PDF per organisation for the quarter just ended, small counts as '< 5'", async () => {
    const refresh = await worker.runNow(recomputeDeadlinesJob.name);
    await jobCompleted(worker.boss, recomputeDeadlinesJob.name, refresh as string);
    // Scheduled on 1 April, the job reports on the first quarter.
    const id = await worker.runNow(quarterlyReportJob.name);
    const job = await jobCompleted(worker.boss, quarterlyReportJob.name, id as string);
    expect(job.output).toEqual({ quarter: "2026-Q1", written: 2 });

    const region = await db.prisma.organisation.findUniqueOrThrow({
      where: { id: scenario.orgs.regionLeader.organisationId },
    });
    const text = await pdfText(quarterlyReportPath(dir, "2026-Q1", region.id));
    expect(text).toContain("Kvartalsrapport – 1. kvartal 2026");
    expect(text).toContain(region.name);
    expect(text).toContain("Kvartalets tal");
    expect(text).toMatch(/Initiativer taget\s+0\s+0\s+0\s+< 5/);
    expect(text).toMatch(/Frist overskredet uden første møde\s+< 5/);
    // People read quarters in Danish, also in the trend table's heads; no rule ids.
    // A narrow column may wrap the quarter's name over two lines.
    expect(text.replace(/\s+/g, " ")).toContain("1. kvt. 2026");
    expect(text).not.toMatch(/\d{4}-Q\d/);
    expect(text).not.toMatch(/\((R|F|M)\d+/);
    expect(text).toMatch(/Dage fra initiativ til godkendelse\s+–\s+–/);
    expect(text).toContain("Tal fra 1 til 4 vises som «< 5»");
    expect(text).toContain("2. april 2026");
    // Nothing about any citizen.
    for (const name of scenario.citizenNames) expect(text).not.toContain(name);
  });

  it("makes the report of a past quarter on demand", async () => {
    const id = await worker.boss.send(quarterlyReportJob.name, { quarter: "2025-Q4" });
    const job = await jobCompleted(worker.boss, quarterlyReportJob.name, id as string);
    expect(job.output).toEqual({ quarter: "2025-Q4", written: 2 });
    const text = await pdfText(
      quarterlyReportPath(dir, "2025-Q4", scenario.orgs.municipalityLeader.organisationId),
    );
    expect(text).toContain("Kvartalsrapport – 4. kvartal 2025");
    expect(text).toMatch(/Initiativer taget\s+0\s+0\s+0\s+0/);
    // Recorded as written, for the API to list to the organisation's leaders.
    expect(
      await quarterlyReportsOf(db, scenario.orgs.municipalityLeader.organisationId, "2026-Q2"),
    ).toEqual([
      {
        organisationId: scenario.orgs.municipalityLeader.organisationId,
        quarter: "2026-Q1",
        createdAt: now,
      },
      {
        organisationId: scenario.orgs.municipalityLeader.organisationId,
        quarter: "2025-Q4",
        createdAt: now,
      },
    ]);
  });
});
