import { mkdir, mkdtemp, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { quarterlyReportsOf, recordQuarterlyReport } from "@samstemt/db";
import { createTestDatabase, type TestDatabase, testDatabaseKinds } from "@samstemt/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerReportsOnDisk } from "../src";
import { type AlertScenario, seedAlertScenario } from "./support/alert-scenario";

// A data folder from before reports were recorded in the database keeps its PDFs; the
// dashboard lists only recorded reports, so the worker records those it finds at start.
describe.each(testDatabaseKinds())("quarterly reports already on disk, on %s", (kind) => {
  let db: TestDatabase;
  let scenario: AlertScenario;
  let dir: string;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    dir = await mkdtemp(join(tmpdir(), "samstemt-old-reports-"));
    scenario = await seedAlertScenario(db, new Date("2026-03-10T07:00:00Z"));
  });
  afterAll(async () => {
    await db?.destroy();
    await rm(dir, { recursive: true, force: true });
  });

  async function writeReport(quarter: string, file: string, writtenAt: Date) {
    await mkdir(join(dir, quarter), { recursive: true });
    await writeFile(join(dir, quarter, file), "%PDF-1.7\n");
    await utimes(join(dir, quarter, file), writtenAt, writtenAt);
  }

  it("records each report file of a known organisation once, as written when the file was", async () => {
    const region = scenario.orgs.regionLeader.organisationId;
    const municipality = scenario.orgs.municipalityLeader.organisationId;
    const july = new Date("2025-07-01T03:00:00Z");
    const october = new Date("2025-10-01T03:00:00Z");
    await writeReport("2025-Q2", `${region}.pdf`, july);
    await writeReport("2025-Q3", `${region}.pdf`, october);
    await writeReport("2025-Q3", `${municipality}.pdf`, october);
    // Not reports of this installation: an unknown organisation, other files and folders.
    await writeReport("2025-Q3", "organisation-that-is-gone.pdf", october);
    await writeReport("2025-Q3", `${region}.txt`, october);
    await writeReport("exports", `${region}.pdf`, october);
    // Recorded already (written again later): left as recorded.
    const rewritten = new Date("2025-11-02T09:00:00Z");
    await recordQuarterlyReport(db, {
      organisationId: municipality,
      quarter: "2025-Q3",
      createdAt: rewritten,
    });

    expect(await registerReportsOnDisk(db, dir)).toBe(2);
    expect(await quarterlyReportsOf(db, region, "2026-Q1")).toEqual([
      { organisationId: region, quarter: "2025-Q3", createdAt: october },
      { organisationId: region, quarter: "2025-Q2", createdAt: july },
    ]);
    expect(await quarterlyReportsOf(db, municipality, "2026-Q1")).toEqual([
      { organisationId: municipality, quarter: "2025-Q3", createdAt: rewritten },
    ]);
    // Once: a second start finds nothing new.
    expect(await registerReportsOnDisk(db, dir)).toBe(0);
  });

  it("finds nothing, and does not fail, without a report folder", async () => {
    expect(await registerReportsOnDisk(db, join(dir, "not-there"))).toBe(0);
  });
});
