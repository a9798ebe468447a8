import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  type ExportCaseRow,
  type ExportKeyRange,
  exportKeyRanges,
  exportRowBatches,
  WHOLE_KEY_RANGE,
} from "@samstemt/db";
import { createTestDatabase, type TestDatabase, testDatabaseKinds } from "@samstemt/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeExport } from "../src/exports/write-export";
import { parseCsv } from "./support/csv";
import { allSeededCases, citizensInCaseOrder, seedExportCases } from "./support/export-cases";

const CASES = 300;

describe.each(testDatabaseKinds())("an analyst export read side by side on %s", (kind) => {
  let db: TestDatabase;
  let dir: string;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    dir = await mkdtemp(join(tmpdir(), "samstemt-side-by-side-"));
    await seedExportCases(db.sql, CASES);
  });
  afterAll(async () => {
    await db?.destroy();
    await rm(dir, { recursive: true, force: true });
  });

  const readAll = async (range: ExportKeyRange, sql = db.sql) => {
    const rows: ExportCaseRow[] = [];
    for await (const batch of exportRowBatches({ sql }, allSeededCases, 16, range)) {
      rows.push(...batch);
    }
    return rows;
  };

  it("reads every case once when the ids are cut into stretches by the planner's statistics", async () => {
    // Before ANALYZE there are no statistics: one stretch, the whole. (Only the owner may
    // ANALYZE; in production autovacuum does.)
    expect(await exportKeyRanges(db, 3)).toEqual([WHOLE_KEY_RANGE]);
    await db.owner.sql.exec(`ANALYZE "case_indicator"`);
    const ranges = await exportKeyRanges(db, 3);
    expect(ranges).toHaveLength(3);
    expect(ranges[0]?.after).toBe("");
    expect(ranges[2]?.upTo).toBeNull();
    const whole = await readAll(WHOLE_KEY_RANGE);
    expect(whole).toHaveLength(CASES);
    const stretches = await Promise.all(ranges.map((range) => readAll(range)));
    for (const stretch of stretches) expect(stretch.length).toBeGreaterThan(CASES / 6);
    expect(stretches.flat()).toEqual(whole);
  });

  it("formats dates the same when a server's DateStyle is not ISO", async () => {
    const iso = await readAll(WHOLE_KEY_RANGE);
    // 23:30 UTC on 30 March 2024 is the 31st in Denmark.
    const first = iso.find((row) => row.case_id === "k000001");
    expect(first?.fields.slice(0, 11)).toBe("2024-03-31;");
    const german = await db.sql.session(async (connection) => {
      await connection.exec(`SET DateStyle = 'German, DMY'`);
      try {
        return await readAll(WHOLE_KEY_RANGE, connection);
      } finally {
        await connection.exec("RESET DateStyle");
      }
    });
    expect(german).toEqual(iso);
  });

  it("writes the same files as one reader in order, one pseudonym per citizen across stretches", async () => {
    await db.owner.sql.exec(`ANALYZE "case_indicator"`);
    const write = async (name: string, parallelReads: number) => {
      const progress: number[] = [];
      await writeExport({
        database: db,
        scope: allSeededCases,
        dir: join(dir, name),
        formats: ["csv"],
        threshold: 5,
        batchSize: 16,
        parallelReads,
        onProgress: async (rowsDone) => {
          progress.push(rowsDone);
        },
      });
      const file = async (fileName: string) => readFile(join(dir, name, fileName), "utf8");
      return {
        cases: await file("sager.csv"),
        deadlines: await file("frist-pr-kvartal.csv"),
        statuses: await file("status-pr-kvartal.csv"),
        progress,
        files: await readdir(join(dir, name)),
      };
    };
    const inOrder = await write("one", 1);
    const sideBySide = await write("three", 3);

    const withoutPseudonyms = (text: string) => text.replace(/^P[0-9a-f]{20};/gm, "");
    expect(sideBySide.cases.startsWith("\uFEFFborger_pseudonym;")).toBe(true);
    expect(withoutPseudonyms(sideBySide.cases)).toBe(withoutPseudonyms(inOrder.cases));
    expect(sideBySide.cases).toContain('"Flyttet; ""ny"" adresse\nlinje 2"');
    expect(sideBySide.deadlines).toBe(inOrder.deadlines);
    expect(sideBySide.statuses).toBe(inOrder.statuses);
    expect(sideBySide.files.sort()).toEqual(
      ["frist-pr-kvartal.csv", "sager.csv", "status-pr-kvartal.csv"].sort(),
    );

    // Two rows share a pseudonym exactly when they share a citizen.
    const citizens = await citizensInCaseOrder(db.sql);
    const pseudonyms = parseCsv(sideBySide.cases)
      .slice(1)
      .map((row) => row[0] as string);
    expect(pseudonyms).toHaveLength(CASES);
    const pseudonymOf = new Map<string, string>();
    const citizenOf = new Map<string, string>();
    citizens.forEach((citizen, i) => {
      const pseudonym = pseudonyms[i] as string;
      expect(pseudonymOf.get(citizen) ?? pseudonym).toBe(pseudonym);
      expect(citizenOf.get(pseudonym) ?? citizen).toBe(citizen);
      pseudonymOf.set(citizen, pseudonym);
      citizenOf.set(pseudonym, citizen);
    });
    expect(pseudonymOf.size).toBeLessThan(CASES);

    // Progress only grows, batch by batch, to every case.
    expect(sideBySide.progress.length).toBeGreaterThan(3);
    expect(sideBySide.progress).toEqual([...sideBySide.progress].sort((a, b) => a - b));
    expect(sideBySide.progress.at(-1)).toBe(CASES);
  });

  it("stops every reader and leaves no part files when the export fails", async () => {
    await db.owner.sql.exec(`ANALYZE "case_indicator"`);
    const target = join(dir, "failing");
    await expect(
      writeExport({
        database: db,
        scope: allSeededCases,
        dir: target,
        formats: ["csv"],
        threshold: 5,
        batchSize: 16,
        parallelReads: 3,
        onProgress: async (rowsDone) => {
          if (rowsDone > 100) throw new Error("progress could not be stored");
        },
      }),
    ).rejects.toThrow("progress could not be stored");
    expect((await readdir(target)).filter((file) => file.includes(".part-"))).toEqual([]);
    expect(existsSync(join(target, "frist-pr-kvartal.csv"))).toBe(false);
  });
});
