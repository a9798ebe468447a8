import {
  type CaseCommandResult,
  closeCase,
  declineInitiative,
  declineInvitation,
  inviteOrganisation,
  removeTeamMember,
  scheduleMeeting,
} from "@samstemt/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveCase } from "../src/cases/case-store";
import {
  actorOf,
  createTestCase,
  createTestDatabase,
  seedTestOrganisations,
  type TestDatabase,
  type TestOrganisations,
  testDatabaseKinds,
} from "../src/testing";

const stateOf = (result: CaseCommandResult) => {
  if (!result.ok) throw new Error(result.error.code);
  return result;
};

describe.each(testDatabaseKinds())("projections written by domain keys on %s", (kind) => {
  let db: TestDatabase;
  let orgs: TestOrganisations;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    orgs = await seedTestOrganisations(db.prisma);
  });
  afterAll(async () => {
    await db?.destroy();
  });

  const activeCase = () =>
    createTestCase(db.prisma, {
      initiator: orgs.regionStaff,
      initiativeAt: new Date("2026-02-02T09:00:00Z"),
      endorsedBy: orgs.regionLeader,
      activation: {
        leaders: [orgs.regionLeader, orgs.municipalityLeader],
        members: [orgs.regionStaff, orgs.municipalityStaff],
        coordinator: orgs.municipalityStaff,
      },
    });

  it("R6/R7: keeps team rows (and their ids) across saves; a member who leaves keeps the row, marked left", async () => {
    const created = await activeCase();
    const before = await db.prisma.teamMember.findMany({ where: { caseId: created.caseId } });
    const now = new Date("2026-02-10T09:00:00Z");
    const scheduled = stateOf(
      scheduleMeeting(
        created.state,
        { meetingId: "m1", kind: "collaboration", scheduledFor: new Date("2026-02-20T09:00:00Z") },
        { actor: actorOf(orgs.municipalityStaff), now },
      ),
    );
    const removed = stateOf(
      removeTeamMember(
        scheduled.state,
        { personId: orgs.regionStaff.id },
        { actor: actorOf(orgs.regionLeader), now },
      ),
    );
    await db.prisma.$transaction((tx) =>
      saveCase(tx, {
        state: removed.state,
        events: [...scheduled.events, ...removed.events],
        expectedVersion: created.state.version,
        now,
      }),
    );
    const after = await db.prisma.teamMember.findMany({ where: { caseId: created.caseId } });
    expect(after.map((row) => row.id).sort()).toEqual(before.map((row) => row.id).sort());
    expect(after.find((row) => row.personId === orgs.regionStaff.id)?.leftAt).toEqual(now);
    expect(await db.prisma.meeting.count({ where: { caseId: created.caseId } })).toBe(1);
  });

  it("R6: an invitation stays while it stands and goes when the organisation declines", async () => {
    const endorsed = await createTestCase(db.prisma, {
      initiator: orgs.regionStaff,
      initiativeAt: new Date("2026-02-02T09:00:00Z"),
      endorsedBy: orgs.regionLeader,
    });
    const now = new Date("2026-02-04T09:00:00Z");
    const invited = stateOf(
      inviteOrganisation(
        endorsed.state,
        { organisationId: orgs.municipalityLeader.organisationId },
        { actor: actorOf(orgs.regionLeader), now },
      ),
    );
    await db.prisma.$transaction((tx) =>
      saveCase(tx, { ...invited, expectedVersion: endorsed.state.version, now }),
    );
    expect(await db.prisma.caseInvitation.count({ where: { caseId: endorsed.caseId } })).toBe(1);
    const declined = stateOf(
      declineInvitation(
        invited.state,
        { reason: "Ikke relevant for os" },
        { actor: actorOf(orgs.municipalityLeader), now },
      ),
    );
    await db.prisma.$transaction((tx) =>
      saveCase(tx, { ...declined, expectedVersion: invited.state.version, now }),
    );
    expect(await db.prisma.caseInvitation.count({ where: { caseId: endorsed.caseId } })).toBe(0);
  });

  it("R5/R9: a declined initiative and a case closed without a meeting store no deadline", async () => {
    const initiated = await createTestCase(db.prisma, {
      initiator: orgs.regionStaff,
      initiativeAt: new Date("2026-03-02T09:00:00Z"),
    });
    const now = new Date("2026-03-03T09:00:00Z");
    const declined = stateOf(
      declineInitiative(
        initiated.state,
        { reason: "Ikke i målgruppen" },
        { actor: actorOf(orgs.regionLeader), now },
      ),
    );
    await db.prisma.$transaction((tx) =>
      saveCase(tx, { ...declined, expectedVersion: initiated.state.version, now }),
    );
    const endorsed = await createTestCase(db.prisma, {
      initiator: orgs.regionStaff,
      initiativeAt: new Date("2026-03-02T09:00:00Z"),
      endorsedBy: orgs.regionLeader,
    });
    const closed = stateOf(
      closeCase(
        endorsed.state,
        { reason: "citizen_moved" },
        { actor: actorOf(orgs.regionLeader), now },
      ),
    );
    await db.prisma.$transaction((tx) =>
      saveCase(tx, { ...closed, expectedVersion: endorsed.state.version, now }),
    );
    for (const caseId of [initiated.caseId, endorsed.caseId]) {
      const row = await db.prisma.case.findUniqueOrThrow({
        where: { id: caseId },
        include: { indicator: true },
      });
      expect(row).toMatchObject({ deadlineAt: null, deadlineState: null });
      expect(row.indicator).toMatchObject({ deadlineAt: null, deadlineState: null });
    }
    const closedIndicator = await db.prisma.caseIndicator.findUniqueOrThrow({
      where: { caseId: endorsed.caseId },
    });
    expect(closedIndicator).toMatchObject({
      status: "closed",
      closingReason: "citizen_moved",
      closedQuarter: "2026-Q1",
      caseVersion: closed.state.version,
    });
  });

  it("writes the indicator row and the outbox rows in the case's transaction, or none of them", async () => {
    const created = await createTestCase(db.prisma, {
      initiator: orgs.municipalityStaff,
      initiativeAt: new Date("2026-04-01T09:00:00Z"),
    });
    const now = new Date("2026-04-02T09:00:00Z");
    const declined = stateOf(
      declineInitiative(
        created.state,
        { reason: "Nej" },
        { actor: actorOf(orgs.municipalityLeader), now },
      ),
    );
    const outboxBefore = await db.prisma.outboxMessage.count();
    await expect(
      db.prisma.$transaction(async (tx) => {
        await saveCase(tx, { ...declined, expectedVersion: created.state.version, now });
        throw new Error("the audit entry failed");
      }),
    ).rejects.toThrow("the audit entry failed");
    const indicator = await db.prisma.caseIndicator.findUniqueOrThrow({
      where: { caseId: created.caseId },
    });
    expect(indicator).toMatchObject({ status: "initiated", declined: false });
    expect(await db.prisma.outboxMessage.count()).toBe(outboxBefore);
  });
});
