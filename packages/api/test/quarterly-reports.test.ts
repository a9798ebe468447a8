import {
  createTestDatabase,
  seedTestOrganisations,
  type TestDatabase,
  type TestOrganisations,
  testDatabaseKinds,
} from "@samstemt/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { finishedQuarters } from "../src/exports/quarterly-reports";
import { actorFor, callerFor } from "./fixtures";

// 2026-11-25 is in 2026-Q4 (Danish time): Q3 is the last finished quarter.
const now = new Date("2026-11-25T10:00:00Z");

describe("finished quarters (R12)", () => {
  it("are the quarters before the running one, newest first, across a year's turn", () => {
    expect(finishedQuarters(now, 5)).toEqual([
      "2026-Q3",
      "2026-Q2",
      "2026-Q1",
      "2025-Q4",
      "2025-Q3",
    ]);
    // Danish New Year's morning is already 2027-Q1, though it is still 2026 in UTC.
    expect(finishedQuarters(new Date("2026-12-31T23:30:00Z"), 1)).toEqual(["2026-Q4"]);
  });
});

describe.each(testDatabaseKinds())("quarterly reports for leaders on %s (issue 12)", (kind) => {
  let db: TestDatabase;
  let orgs: TestOrganisations;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    orgs = await seedTestOrganisations(db.prisma);
  });
  afterAll(async () => {
    await db?.destroy();
  });

  it("offers a leader their own organisation's finished quarters with download links", async () => {
    const leader = await actorFor(db, orgs.regionLeader);
    const offered = await (await callerFor(db, orgs.regionLeader, now)).exports.quarterlyReports();
    expect(offered.organisationId).toBe(leader.organisationId);
    expect(offered.quarters).toHaveLength(8);
    expect(offered.quarters[0]).toEqual({
      quarter: "2026-Q3",
      url: `/reports/2026-Q3/${leader.organisationId}.pdf`,
    });
  });

  it("hands a leader their own report's path, audited; not another organisation's or a running quarter's", async () => {
    const leader = await actorFor(db, orgs.regionLeader);
    const other = await actorFor(db, orgs.municipalityLeader);
    const caller = await callerFor(db, orgs.regionLeader, now);
    const own = { quarter: "2026-Q3", organisationId: leader.organisationId };
    expect(await caller.exports.quarterlyReport(own)).toEqual({
      path: `2026-Q3/${leader.organisationId}.pdf`,
      fileName: "samstemt-kvartalsrapport-2026-Q3.pdf",
      contentType: "application/pdf",
    });
    const audited = await db.prisma.auditEntry.findMany({
      where: { personId: leader.personId, action: "report.downloaded" },
    });
    expect(audited).toHaveLength(1);
    expect(audited[0]?.details).toMatchObject(own);

    for (const input of [
      { quarter: "2026-Q3", organisationId: other.organisationId },
      { quarter: "2026-Q4", organisationId: leader.organisationId },
      { quarter: "2027-Q1", organisationId: leader.organisationId },
    ]) {
      await expect(caller.exports.quarterlyReport(input)).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    }
    await expect(
      caller.exports.quarterlyReport({
        quarter: "2026-Q3/../x",
        organisationId: leader.organisationId,
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("refuses staff and analysts: reports are the leaders' (R12)", async () => {
    for (const person of [orgs.regionStaff, orgs.analyst]) {
      const caller = await callerFor(db, person, now);
      await expect(caller.exports.quarterlyReports()).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });
});
