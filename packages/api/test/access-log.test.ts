import {
  createTestCase,
  createTestDatabase,
  seedTestOrganisations,
  type TestDatabase,
  type TestOrganisations,
  type TestPerson,
  testDatabaseKinds,
} from "@samstemt/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../src";
import { auditRouter } from "../src/audit/audit.router";
import { createCallerFactory } from "../src/trpc";
import { actorFor, callerFor } from "./fixtures";

const now = new Date("2026-11-25T10:00:00Z");
const createAuditCaller = createCallerFactory(auditRouter);

describe.each(testDatabaseKinds())("who has looked at this citizen on %s", (kind) => {
  let db: TestDatabase;
  let orgs: TestOrganisations;
  let caseId: string;
  let citizenId: string;

  const auditCaller = async (person: TestPerson) =>
    createAuditCaller(createContext({ db, actor: await actorFor(db, person), now: () => now }));

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    orgs = await seedTestOrganisations(db.prisma);
    const created = await createTestCase(db.prisma, {
      initiator: orgs.regionStaff,
      initiativeAt: new Date("2026-11-20T09:00:00Z"),
      endorsedBy: orgs.regionLeader,
    });
    caseId = created.caseId;
    citizenId = created.citizenId;
    // The initiator reads the case and finds it by name; someone from another organisation
    // tries to read it.
    const staff = await callerFor(db, orgs.regionStaff, now);
    await staff.cases.get({ caseId });
    const { name } = await db.prisma.citizen.findUniqueOrThrow({ where: { id: citizenId } });
    await staff.search.cases({ query: name });
    await (await callerFor(db, orgs.municipalityStaff, now)).cases.get({ caseId }).catch(() => {});
  });
  afterAll(async () => {
    await db?.destroy();
  });

  it("shows the case's leader every read and refused attempt, with person and organisation", async () => {
    const log = await (await auditCaller(orgs.regionLeader)).caseAccessLog({ caseId });
    const summary = log.map((row) => ({
      person: row.personName,
      purpose: row.purpose,
    }));
    expect(summary).toEqual(
      expect.arrayContaining([
        { person: orgs.regionStaff.name, purpose: "read" },
        { person: orgs.regionStaff.name, purpose: "search" },
        { person: orgs.municipalityStaff.name, purpose: "refused" },
      ]),
    );
    expect(log.find((row) => row.purpose === "refused")?.organisationName).toMatch(/^Kommune/);
    // No entry of the case is left without a purpose a reader understands.
    expect(log.filter((row) => row.purpose === "other")).toEqual([]);
    // Reading the log is itself logged.
    const read = await db.prisma.auditEntry.count({
      where: { action: "citizen.access-log.read", citizenId, personId: orgs.regionLeader.id },
    });
    expect(read).toBe(1);
  });

  it("is for the case's leaders only", async () => {
    await expect(
      (await auditCaller(orgs.regionStaff)).caseAccessLog({ caseId }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      (await auditCaller(orgs.municipalityLeader)).caseAccessLog({ caseId }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      (await auditCaller(orgs.municipalityLeader)).citizenAccessExport({ caseId }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("exports dates, organisations and purposes for the citizen, without staff names", async () => {
    const exported = await (await auditCaller(orgs.regionLeader)).citizenAccessExport({ caseId });
    expect(exported.rows.length).toBeGreaterThanOrEqual(3);
    for (const row of exported.rows) {
      expect(row.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(row.purpose.da.length).toBeGreaterThan(0);
    }
    expect(exported.rows.map((row) => row.purpose.en)).toEqual(
      expect.arrayContaining(["Looked at the case", "Found in a search", "Attempt refused"]),
    );
    const text = JSON.stringify(exported);
    expect(text).not.toContain(orgs.regionStaff.name);
    expect(text).not.toContain(orgs.municipalityStaff.name);
    expect(text).not.toContain(caseId);
  });
});
