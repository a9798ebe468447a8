import { caseInvariantViolations, endorseInitiative } from "@samstemt/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CaseVersionConflictError, loadCaseState, saveCase } from "../src/cases/case-store";
import { seedDemoData } from "../src/seed/seed-demo";
import {
  actorOf,
  createTestCase,
  createTestDatabase,
  seedTestOrganisations,
  type TestDatabase,
  type TestOrganisations,
  testDatabaseKinds,
} from "../src/testing";

describe.each(testDatabaseKinds())("the case store on %s", (kind) => {
  let db: TestDatabase;
  let orgs: TestOrganisations;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    orgs = await seedTestOrganisations(db.prisma);
  });
  afterAll(async () => {
    await db?.destroy();
  });

  it("loads exactly the state it saved, with its projections and events", async () => {
    const created = await createTestCase(db.prisma, {
      initiator: orgs.regionStaff,
      initiativeAt: new Date("2026-02-02T09:00:00Z"),
      endorsedBy: orgs.regionLeader,
      activation: {
        leaders: [orgs.regionLeader, orgs.municipalityLeader],
        members: [orgs.regionStaff, orgs.municipalityStaff],
        coordinator: orgs.municipalityStaff,
      },
      collaborationHeldAt: new Date("2026-02-20T09:00:00Z"),
    });
    expect(await loadCaseState(db.prisma, created.caseId)).toEqual(created.state);
    const row = await db.prisma.case.findUniqueOrThrow({
      where: { id: created.caseId },
      include: {
        members: true,
        meetings: true,
        invitations: true,
        organisations: true,
        events: { orderBy: { id: "asc" } },
      },
    });
    expect(row).toMatchObject({
      status: "active",
      version: created.state.version,
      deadlineState: "met",
    });
    expect(row.members.filter((member) => member.isCoordinator).map((m) => m.personId)).toEqual([
      orgs.municipalityStaff.id,
    ]);
    expect(row.meetings).toHaveLength(1);
    // R6: the region's own leader endorsed; the municipality was invited, then joined.
    expect(row.invitations.map((invitation) => invitation.organisationId)).toEqual([
      orgs.municipalityLeader.organisationId,
    ]);
    expect(row.organisations.map((o) => o.organisationId).sort()).toEqual(
      [orgs.regionLeader.organisationId, orgs.municipalityLeader.organisationId].sort(),
    );
    expect(row.events.map((event) => event.type)).toEqual([
      "InitiativeRegistered",
      "InitiativeEndorsed",
      "OrganisationJoined",
      "OrganisationInvited",
      "OrganisationJoined",
      "CaseActivated",
      "MeetingHeld",
    ]);
  });

  it("refuses a save from a stale version and changes nothing (optimistic locking)", async () => {
    const created = await createTestCase(db.prisma, {
      initiator: orgs.municipalityStaff,
      initiativeAt: new Date("2026-03-02T09:00:00Z"),
    });
    const now = new Date("2026-03-03T09:00:00Z");
    const result = endorseInitiative(
      created.state,
      { note: null },
      { actor: actorOf(orgs.municipalityLeader), now },
    );
    if (!result.ok) throw new Error(result.error.code);
    const stale = created.state.version - 1;
    await expect(
      db.prisma.$transaction((tx) =>
        saveCase(tx, { state: result.state, events: result.events, expectedVersion: stale, now }),
      ),
    ).rejects.toBeInstanceOf(CaseVersionConflictError);
    const row = await db.prisma.case.findUniqueOrThrow({
      where: { id: created.caseId },
      include: { events: true },
    });
    expect(row.status).toBe("initiated");
    expect(row.events).toHaveLength(1);
  });

  it("seeds demo cases that break none of the model's invariants", async () => {
    await seedDemoData(db, new Date("2026-11-23T10:00:00Z"));
    const rows = await db.prisma.case.findMany({ select: { id: true, status: true } });
    expect(rows.length).toBeGreaterThanOrEqual(12);
    for (const row of rows) {
      const state = await loadCaseState(db.prisma, row.id);
      if (!state) throw new Error("missing state");
      expect(caseInvariantViolations(state)).toEqual([]);
      expect(state.status).toBe(row.status);
    }
  });
});
