import { createReadStream, existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type TestDatabase, testDatabaseKinds } from "@samstemt/db/testing";
import ExcelJS from "exceljs";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  analystExportJob,
  expireExportsJob,
  type RunningWorker,
  readWorkerSettings,
  recomputeDeadlinesJob,
  startWorker,
} from "../src";
import { caseColumns } from "../src/exports/export-columns";
import { type AlertScenario, callerFor, seedAlertScenario } from "./support/alert-scenario";
import { parseCsv, parseCsvRecords } from "./support/csv";
import { createWorkerTestDatabase } from "./support/test-database";
import { jobCompleted } from "./support/wait-for";

let clock = new Date("2026-03-10T07:00:00Z");

describe.each(testDatabaseKinds())("analyst exports on %s", (kind) => {
  let db: TestDatabase;
  let worker: RunningWorker;
  let scenario: AlertScenario;
  let dir: string;
  let cprs: string[];

  beforeAll(async () => {
    db = await createWorkerTestDatabase(kind);
    dir = await mkdtemp(join(tmpdir(), "samstemt-exports-"));
    scenario = await seedAlertScenario(db, clock);
    // The overdue case's citizen also has the approaching case: one pseudonym for both.
    const overdue = await db.prisma.case.findUniqueOrThrow({
      where: { id: scenario.caseIds.overdue },
    });
    await db.prisma.case.update({
      where: { id: scenario.caseIds.approaching },
      data: { citizenId: overdue.citizenId },
    });
    cprs = (await db.prisma.citizen.findMany()).map((c) => c.cpr);
    worker = await startWorker({
      database: db,
      logger: pino({ level: "silent" }),
      jobs: [analystExportJob, expireExportsJob, recomputeDeadlinesJob],
      now: () => clock,
      pollingIntervalSeconds: 0.5,
      outboxConsumers: [],
      settings: readWorkerSettings({ EXPORT_DIR: dir, EXPORT_TTL_HOURS: "24" }),
    });
    // Exports read the indicator rows as the hourly job leaves them: fresh at the clock.
    await runJob(recomputeDeadlinesJob.name);
  });
  afterAll(async () => {
    await worker?.stop();
    await db?.destroy();
    await rm(dir, { recursive: true, force: true });
  });

  const runJob = async (name: string) => {
    const id = await worker.runNow(name);
    await jobCompleted(worker.boss, name, id as string);
  };

  const requestAndWrite = async () => {
    const analyst = await callerFor(db, scenario.orgs.analyst, clock);
    const { id } = await analyst.exports.request({ fromQuarter: "2026-Q1", toQuarter: "2026-Q1" });
    expect((await analyst.exports.mine())[0]).toMatchObject({
      id,
      status: "queued",
      percent: null,
    });
    await expect(analyst.exports.file({ id, format: "csv" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await runJob(analystExportJob.name);
    return id;
  };

  const casesCsv = async (id: string) =>
    parseCsvRecords(await readFile(join(dir, id, "sager.csv"), "utf8"));

  it("writes one pseudonymised row per case, with progress, files for the analyst only, audited", async () => {
    const id = await requestAndWrite();
    const analyst = await callerFor(db, scenario.orgs.analyst, clock);
    const [summary] = await analyst.exports.mine();
    expect(summary).toMatchObject({
      id,
      status: "done",
      rowsDone: 3,
      rowsTotal: 3,
      percent: 100,
      formats: ["csv", "xlsx"],
    });
    expect(summary?.expiresAt?.toISOString()).toBe("2026-03-11T07:00:00.000Z");

    const rows = await casesCsv(id);
    expect(rows).toHaveLength(3);
    const byStatus = new Map(rows.map((row) => [row.status, row]));
    expect(byStatus.get("active")).toMatchObject({
      initiativ_kvartal: "2026-Q1",
      initiativ_dato: "2026-02-18",
      frist_status: "met",
      foerste_moede_dato: "2026-03-01",
      har_tovholder: "1",
      aendringsbeskeder: "1",
      ventende_kvitteringer: "1",
      sektorer: "municipality region",
      antal_sektorer: "2",
    });
    expect(byStatus.get("endorsed")).toMatchObject({
      frist_status: "overdue",
      frist_dato: "2026-02-20",
    });
    expect(byStatus.get("initiated")).toMatchObject({ frist_status: "open", godkendt_dato: "" });
    // One pseudonym per citizen: the two cases of the same citizen share theirs.
    expect(byStatus.get("initiated")?.borger_pseudonym).toBe(
      byStatus.get("endorsed")?.borger_pseudonym,
    );
    expect(byStatus.get("active")?.borger_pseudonym).not.toBe(
      byStatus.get("endorsed")?.borger_pseudonym,
    );

    // No names, CPR numbers, ids or free text anywhere in the files.
    const everything = [
      await readFile(join(dir, id, "sager.csv"), "utf8"),
      await readFile(join(dir, id, "frist-pr-kvartal.csv"), "utf8"),
      await readFile(join(dir, id, "status-pr-kvartal.csv"), "utf8"),
    ].join("\n");
    for (const name of scenario.citizenNames) expect(everything).not.toContain(name);
    for (const cpr of cprs) expect(everything).not.toContain(cpr);
    for (const caseId of Object.values(scenario.caseIds)) expect(everything).not.toContain(caseId);
    expect(everything).not.toContain("bostøtten");

    // The same rows in the workbook, with the aggregate tables as sheets.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, id, "sager.xlsx"));
    const sheet = workbook.getWorksheet("Sager");
    expect(sheet?.rowCount).toBe(4);
    const sheetRows = (sheet?.getSheetValues() ?? []).slice(2) as unknown[][];
    expect(sheetRows.map((row) => String(row[1])).sort()).toEqual(
      rows.map((row) => row.borger_pseudonym).sort(),
    );
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      "Sager",
      "frist-pr-kvartal",
      "status-pr-kvartal",
    ]);

    const file = await analyst.exports.file({ id, format: "xlsx" });
    expect(file).toEqual({
      path: `${id}/sager.xlsx`,
      fileName: "samstemt-udtraek-2026-Q1-2026-Q1.xlsx",
      contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    });
    const leader = await callerFor(db, scenario.orgs.regionLeader, clock);
    await expect(leader.exports.file({ id, format: "csv" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const audit = await db.prisma.auditEntry.findMany({
      where: { personId: scenario.orgs.analyst.id, action: { startsWith: "export." } },
      orderBy: { id: "asc" },
    });
    // The download tried before the file was written is refused, and audited with its id.
    expect(audit.map((entry) => entry.action)).toEqual([
      "export.requested",
      "export.download.refused",
      "export.written",
      "export.downloaded",
    ]);
    expect(audit[1]?.details).toMatchObject({ exportId: id, code: "CONFLICT" });
    expect(audit[2]?.details).toMatchObject({ exportId: id, rows: 3 });
  });

  it("suppresses small cells in the aggregate tables, totals included", async () => {
    const id = (await (await callerFor(db, scenario.orgs.analyst, clock)).exports.mine())[0]
      ?.id as string;
    const table = parseCsv(await readFile(join(dir, id, "frist-pr-kvartal.csv"), "utf8"));
    expect(table[0]).toEqual(["kvartal", "met", "missed", "overdue", "open", "ingen", "i_alt"]);
    // Three cases, one in each of three columns: every count from 1 to 4 is hidden.
    expect(table[1]).toEqual(["2026-Q1", "*", "0", "*", "*", "0", "*"]);
    expect(table[2]).toEqual(["i_alt", "*", "0", "*", "*", "0", "*"]);
    expect(table[3]?.[0]).toContain("undertrykt: færre end 5 sager");
  });

  it("gives the same citizen another pseudonym in the next export, and removes files when they expire", async () => {
    const first = (await (await callerFor(db, scenario.orgs.analyst, clock)).exports.mine())[0]
      ?.id as string;
    const second = await requestAndWrite();
    const a = await casesCsv(first);
    const b = await casesCsv(second);
    const pseudonymsA = new Set(a.map((row) => row.borger_pseudonym));
    for (const row of b) expect(pseudonymsA.has(row.borger_pseudonym as string)).toBe(false);
    expect(b.map((row) => row.status).sort()).toEqual(a.map((row) => row.status).sort());

    clock = new Date("2026-03-12T07:00:00Z");
    await runJob(expireExportsJob.name);
    expect(existsSync(join(dir, first))).toBe(false);
    expect(existsSync(join(dir, second))).toBe(false);
    const analyst = await callerFor(db, scenario.orgs.analyst, clock);
    expect((await analyst.exports.mine()).map((e) => e.status)).toEqual(["expired", "expired"]);
    await expect(analyst.exports.file({ id: second, format: "csv" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    clock = new Date("2026-03-10T07:00:00Z");
  });

  it("writes CSV that a real CSV parser reads back to the workbook's values, a field needing quotes included", async () => {
    // Text from the database that needs quoting: a ";", quotes and a line break (RFC 4180).
    const awkward = 'Flyttet; "ny" adresse\nlinje 2';
    await db.prisma.caseIndicator.update({
      where: { caseId: scenario.caseIds.approaching },
      data: { closingReason: awkward },
    });
    const id = await requestAndWrite();
    const raw = await readFile(join(dir, id, "sager.csv"), "utf8");
    expect(raw).toContain('"Flyttet; ""ny"" adresse\nlinje 2"');

    // exceljs reads CSV with fast-csv: an independent parser.
    const parsed = new ExcelJS.Workbook();
    const csvSheet = await parsed.csv.read(createReadStream(join(dir, id, "sager.csv")), {
      map: (value: string) => value,
      parserOptions: { delimiter: ";" },
    });
    const csvRows = csvSheet.getSheetValues().slice(1) as unknown[][];
    const header = csvRows[0]?.slice(1).map(String) ?? [];
    expect(header.map((name) => name.replace(/^\uFEFF/, ""))).toEqual(
      caseColumns.map(([key]) => key),
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, id, "sager.xlsx"));
    const sheetRows = (workbook.getWorksheet("Sager")?.getSheetValues() ?? []).slice(
      1,
    ) as unknown[][];
    const cells = (row: unknown[] | undefined) =>
      caseColumns.map((_, i) => (row?.[i + 1] === undefined ? "" : String(row[i + 1])));
    expect(csvRows.slice(1).map(cells)).toEqual(sheetRows.slice(1).map(cells));
    const closing = caseColumns.findIndex(([key]) => key === "afslutningsaarsag");
    expect(csvRows.slice(1).map((row) => cells(row)[closing])).toContain(awkward);
    // The reader the other tests use agrees.
    expect((await casesCsv(id)).map((row) => row.afslutningsaarsag)).toContain(awkward);
  });
});
