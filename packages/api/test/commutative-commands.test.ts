import { randomUUID } from "node:crypto";
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
import { callerFor } from "./fixtures";

const initiativeAt = new Date("2026-03-02T09:00:00Z");
const now = new Date("2026-03-10T10:00:00Z");

/**
 * Architecture: commutative commands are re-run on the fresh state instead of failing with
 * CONFLICT — two people doing harmless things at the same moment must both succeed.
 */
describe.each(testDatabaseKinds())("harmless concurrent commands on %s", (kind) => {
  let db: TestDatabase;
  let orgs: TestOrganisations;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    orgs = await seedTestOrganisations(db.prisma);
  });
  afterAll(async () => {
    await db?.destroy();
  });

  it("R13: two members acknowledge the same change notice at once, and both acknowledgements count", async () => {
    const { caseId, state } = await createTestCase(db.prisma, {
      initiator: orgs.regionStaff,
      initiativeAt,
      endorsedBy: orgs.regionLeader,
      activation: {
        leaders: [orgs.regionLeader, orgs.municipalityLeader],
        members: [orgs.regionStaff, orgs.municipalityStaff, orgs.regionLeader],
        coordinator: orgs.regionStaff,
      },
    });
    const recorder = await callerFor(db, orgs.regionStaff, now);
    const noticeId = randomUUID();
    const recorded = await recorder.changeNotices.recordInterventionChange({
      caseId,
      expectedVersion: state.version,
      payload: {
        noticeId,
        description: "Bostøtten går fra 3 til 2 besøg om ugen",
        effectiveFrom: null,
      },
    });
    const acknowledgers = [orgs.municipalityStaff, orgs.regionLeader];
    const callers = await Promise.all(acknowledgers.map((person) => callerFor(db, person, now)));
    // Both saw the same version; whichever saves second must not be refused.
    const results = await Promise.all(
      callers.map((caller) =>
        caller.changeNotices.acknowledgeChangeNotice({
          caseId,
          expectedVersion: recorded.version,
          payload: { noticeId },
        }),
      ),
    );
    expect(results.map((result) => result.events)).toEqual([
      ["ChangeNoticeAcknowledged"],
      ["ChangeNoticeAcknowledged"],
    ]);
    expect(results.map((result) => result.version).sort()).toEqual([
      recorded.version + 1,
      recorded.version + 2,
    ]);
    const events = await db.prisma.caseEvent.findMany({
      where: { caseId, type: "ChangeNoticeAcknowledged" },
    });
    expect(events.map((event) => event.personId).sort()).toEqual(
      acknowledgers.map((person) => person.id).sort(),
    );
  });

  it("R6: leaders of two invited organisations answer at once — one joins, one declines — and both answers stand", async () => {
    const practiceLeader = await thirdOrganisationLeader(db, "general_practice");
    const staff = await callerFor(db, orgs.regionStaff, now);
    const regionLeader = await callerFor(db, orgs.regionLeader, now);
    const created = await staff.initiative.registerInitiative({
      citizen: { cpr: "0114801111", name: "Jens Samtidig" },
      initiativeAt,
      reasons: { categories: ["substance_abuse"], text: null },
      citizenStance: "accepts_help",
      citizenStanceNote: null,
    });
    let version = (
      await regionLeader.initiative.endorseInitiative({
        caseId: created.caseId,
        expectedVersion: created.version,
        payload: { note: null },
      })
    ).version;
    for (const organisationId of [
      orgs.municipalityLeader.organisationId,
      practiceLeader.organisationId,
    ]) {
      version = (
        await regionLeader.activation.inviteOrganisation({
          caseId: created.caseId,
          expectedVersion: version,
          payload: { organisationId },
        })
      ).version;
    }
    const municipality = await callerFor(db, orgs.municipalityLeader, now);
    const practice = await callerFor(db, practiceLeader, now);
    const [joined, declined] = await Promise.all([
      municipality.activation.joinCase({
        caseId: created.caseId,
        expectedVersion: version,
        payload: { organisationName: null },
      }),
      practice.activation.declineInvitation({
        caseId: created.caseId,
        expectedVersion: version,
        payload: { reason: "Borgeren er ikke tilknyttet lægehuset" },
      }),
    ]);
    expect(joined.events).toEqual(["OrganisationJoined"]);
    expect(declined.events).toEqual(["InvitationDeclined"]);
    const row = await db.prisma.case.findUniqueOrThrow({ where: { id: created.caseId } });
    expect(row.version).toBe(version + 2);
  });

  it("a command that is not commutative still answers CONFLICT on a version the user did not see", async () => {
    const { caseId, state } = await createTestCase(db.prisma, {
      initiator: orgs.regionStaff,
      initiativeAt,
      endorsedBy: orgs.regionLeader,
      activation: {
        leaders: [orgs.regionLeader, orgs.municipalityLeader],
        members: [orgs.regionStaff, orgs.municipalityStaff],
        coordinator: orgs.regionStaff,
      },
    });
    const coordinator = await callerFor(db, orgs.regionStaff, now);
    const schedule = () =>
      coordinator.meetings.scheduleMeeting({
        caseId,
        expectedVersion: state.version,
        payload: { meetingId: randomUUID(), kind: "collaboration", scheduledFor: now },
      });
    await schedule();
    await expect(schedule()).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

/** A leader in a third organisation, so two different invitations can be answered. */
async function thirdOrganisationLeader(
  db: TestDatabase,
  sector: TestPerson["sector"],
): Promise<TestPerson> {
  const tag = randomUUID().slice(0, 8);
  const organisation = await db.prisma.organisation.create({
    data: { name: `Lægehus ${tag}`, sector },
  });
  const unit = await db.prisma.unit.create({
    data: { organisationId: organisation.id, name: `Lægehus enhed ${tag}` },
  });
  const username = `laege-${tag}`;
  const person = await db.prisma.person.create({
    data: {
      unitId: unit.id,
      username,
      name: `Læge ${tag}`,
      title: "Praktiserende læge",
      role: "leader",
      email: `${username}@test.invalid`,
    },
  });
  return {
    id: person.id,
    username,
    name: person.name,
    unitId: unit.id,
    organisationId: organisation.id,
    sector,
    role: "leader",
  };
}
