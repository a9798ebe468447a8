import { recordQuarterlyReport } from "@samstemt/db";
import {
  createTestDatabase,
  seedTestOrganisations,
  type TestDatabase,
  type TestOrganisations,
  testDatabaseKinds,
} from "@samstemt/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorFor, callerFor } from "./fixtures";

// 2026-11-25 is in 2026-Q4 (Danish time): Q3 is the last finished quarter.
const now = new Date("2026-11-25T10:00:00Z");

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

  it("lists none before the worker has written any: the page says so", async () => {
    const offered = await (await callerFor(db, orgs.regionLeader, now)).exports.quarterlyReports();
    expect(offered.reports).toEqual([]);
    expect(offered.timeZone).toBe("Europe/Copenhagen");
  });

  it("lists the reports written for the leader's own organisation, finished quarters only, newest first (R12)", async () => {
    const leader = await actorFor(db, orgs.regionLeader);
    const other = await actorFor(db, orgs.municipalityLeader);
    const writtenAt = new Date("2026-10-01T03:00:00Z");
    await recordQuarterlyReport(db, {
      organisationId: leader.organisationId,
      quarter: "2026-Q2",
      createdAt: new Date("2026-07-01T03:00:00Z"),
    });
    await recordQuarterlyReport(db, {
      organisationId: leader.organisationId,
      quarter: "2026-Q3",
      createdAt: new Date("2026-09-30T03:00:00Z"),
    });
    // Written again (on demand): listed once, with the latest time.
    await recordQuarterlyReport(db, {
      organisationId: leader.organisationId,
      quarter: "2026-Q3",
      createdAt: writtenAt,
    });
    // Another organisation's, and one for the running quarter (not a report yet): not listed.
    await recordQuarterlyReport(db, {
      organisationId: other.organisationId,
      quarter: "2026-Q3",
      createdAt: writtenAt,
    });
    await recordQuarterlyReport(db, {
      organisationId: leader.organisationId,
      quarter: "2026-Q4",
      createdAt: now,
    });

    const offered = await (await callerFor(db, orgs.regionLeader, now)).exports.quarterlyReports();
    expect(offered.organisationId).toBe(leader.organisationId);
    expect(offered.reports).toEqual([
      {
        quarter: "2026-Q3",
        organisationId: leader.organisationId,
        organisationName: offered.organisationName,
        createdAt: writtenAt,
        url: `/reports/2026-Q3/${leader.organisationId}.pdf`,
      },
      {
        quarter: "2026-Q2",
        organisationId: leader.organisationId,
        organisationName: offered.organisationName,
        createdAt: new Date("2026-07-01T03:00:00Z"),
        url: `/reports/2026-Q2/${leader.organisationId}.pdf`,
      },
    ]);
    expect(offered.organisationName.length).toBeGreaterThan(0);
    const otherOffered = await (
      await callerFor(db, orgs.municipalityLeader, now)
    ).exports.quarterlyReports();
    expect(otherOffered.reports.map((report) => report.quarter)).toEqual(["2026-Q3"]);
  });

  it("hands a leader a written report's path, audited; not an unwritten one, another organisation's or a running quarter's", async () => {
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
      // Another organisation's, though written.
      { quarter: "2026-Q3", organisationId: other.organisationId },
      // Finished, but never written.
      { quarter: "2026-Q1", organisationId: leader.organisationId },
      // The running quarter, though a row says written; and a future one.
      { quarter: "2026-Q4", organisationId: leader.organisationId },
      { quarter: "2027-Q1", organisationId: leader.organisationId },
    ]) {
      await expect(caller.exports.quarterlyReport(input)).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    }
    expect(
      await db.prisma.auditEntry.count({
        where: { personId: leader.personId, action: "report.downloaded" },
      }),
    ).toBe(1);
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
