import {
  createTestDatabase,
  seedTestOrganisations,
  type TestDatabase,
  type TestOrganisations,
  type TestPerson,
  testDatabaseKinds,
} from "@samstemt/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, codeOf } from "./fixtures";

// The staff app's reads — "Mine opgaver", search, the directory and the case
// page's actions — on real databases, each as the people who use them and an outsider.
const now = new Date("2026-04-15T10:00:00Z");
const later = (days: number) => new Date(now.getTime() + days * 86_400_000);

describe.each(testDatabaseKinds())("staff app reads on %s", (kind) => {
  let db: TestDatabase;
  let orgs: TestOrganisations;
  let outsider: TestPerson;
  const citizenName = "Sigrid Opgavesen";
  const cpr = "0715801234";

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    orgs = await seedTestOrganisations(db.prisma);
    // A third organisation's leader that is never part of the case.
    outsider = (await seedTestOrganisations(db.prisma)).municipalityLeader;
  });
  afterAll(async () => {
    await db?.destroy();
  });

  const kindsOf = async (person: TestPerson, at: Date, caseId: string) =>
    (await (await callerFor(db, person, at)).tasks.mine()).caseTasks
      .filter((task) => task.caseId === caseId)
      .map((task) => task.kind);

  it("R5–R8: each step of the journey lands in the right person's tasks, and only theirs", async () => {
    const staff = await callerFor(db, orgs.regionStaff, now);
    const created = await staff.initiative.registerInitiative({
      citizen: { cpr, name: citizenName },
      initiativeAt: new Date("2026-04-14T08:00:00Z"),
      reasons: { categories: ["self_harm"], text: null },
      citizenStance: "accepts_help",
      citizenStanceNote: null,
    });
    const caseId = created.caseId;
    // R5: the initiator's own leader decides; nobody else is asked to.
    expect(await kindsOf(orgs.regionLeader, now, caseId)).toEqual(["decide_initiative"]);
    expect(await kindsOf(orgs.regionStaff, now, caseId)).toEqual([]);
    expect(await kindsOf(orgs.municipalityLeader, now, caseId)).toEqual([]);
    const leader = await callerFor(db, orgs.regionLeader, now);
    const seen = await leader.cases.get({ caseId });
    expect(seen.actions).toMatchObject({ decideInitiative: true, joinCase: false });
    expect((await staff.cases.get({ caseId })).actions.decideInitiative).toBe(false);

    let version = (
      await leader.initiative.endorseInitiative({
        caseId,
        expectedVersion: created.version,
        payload: { note: null },
      })
    ).version;
    // The initiator hears the outcome; the leader joins for the organisation next (R6).
    const outcome = (await staff.tasks.mine()).caseTasks.find((task) => task.caseId === caseId);
    expect(outcome).toMatchObject({ kind: "initiative_outcome", decision: "endorsed" });
    expect(await kindsOf(orgs.regionLeader, now, caseId)).toEqual(["join_case"]);
    version = (
      await leader.activation.joinCase({
        caseId,
        expectedVersion: version,
        payload: { organisationName: null },
      })
    ).version;
    // One sector only and nobody asked: invite another organisation, and say why (R6).
    expect(await kindsOf(orgs.regionLeader, now, caseId)).toEqual(["invite_organisations"]);
    const blocked = (await leader.cases.get({ caseId })).actions;
    expect(blocked).toMatchObject({ activateCase: true, inviteOrganisation: true });
    expect(blocked.activation).toEqual({
      ready: false,
      sectors: ["region"],
      minimumSectors: 2,
      waitingForOrganisationIds: [],
    });

    version = (
      await leader.activation.inviteOrganisation({
        caseId,
        expectedVersion: version,
        payload: { organisationId: orgs.municipalityLeader.organisationId },
      })
    ).version;
    // Waiting for the answer is no task for the region; the invited leader has one, with
    // who asked and never the citizen (R6, R4).
    expect(await kindsOf(orgs.regionLeader, now, caseId)).toEqual([]);
    const invited = await (await callerFor(db, orgs.municipalityLeader, now)).tasks.mine();
    const invitation = invited.invitations.find((task) => task.caseId === caseId);
    expect(invitation).toMatchObject({
      kind: "answer_invitation",
      invitedBy: { name: orgs.regionLeader.name },
    });
    expect(JSON.stringify(invited)).not.toContain(citizenName);
    expect(invited.count).toBe(invited.caseTasks.length + invited.invitations.length);

    const municipalityLeader = await callerFor(db, orgs.municipalityLeader, now);
    version = (
      await municipalityLeader.activation.joinCase({
        caseId,
        expectedVersion: version,
        payload: { organisationName: null },
      })
    ).version;
    expect(await kindsOf(orgs.regionLeader, now, caseId)).toEqual(["activate_case"]);
    expect((await leader.cases.get({ caseId })).actions.activation.ready).toBe(true);

    // R6/R7: the team is chosen from the directory of the participating organisations.
    const candidates = await leader.directory.teamCandidates({ caseId });
    const candidateIds = candidates.map((person) => person.personId);
    expect(candidateIds).toEqual(
      expect.arrayContaining([orgs.regionStaff.id, orgs.municipalityStaff.id]),
    );
    expect(candidateIds).not.toContain(orgs.analyst.id);
    expect(candidateIds).not.toContain(outsider.id);
    version = (
      await leader.activation.activateCase({
        caseId,
        expectedVersion: version,
        payload: {
          members: [orgs.regionStaff, orgs.municipalityStaff].map((person) => ({
            personId: person.id,
            name: person.name,
            organisationId: person.organisationId,
            role: "Kontaktperson",
            contact: { email: `${person.username}@test.invalid` },
          })),
          coordinatorPersonId: orgs.regionStaff.id,
        },
      })
    ).version;
    // The case page offers each person their own steps: the coordinator convenes (R7), a
    // participating leader changes the team (R6), another member records meetings (R8).
    const asCoordinator = await (await callerFor(db, orgs.regionStaff, now)).cases.get({ caseId });
    expect(asCoordinator.actions).toMatchObject({
      scheduleMeeting: true,
      recordMeeting: true,
      manageTeam: false,
      decideInitiative: false,
    });
    expect(asCoordinator.nextMeeting).toMatchObject({
      basis: "first_meeting_deadline",
      overdue: false,
    });
    expect((await leader.cases.get({ caseId })).actions).toMatchObject({
      manageTeam: true,
      scheduleMeeting: false,
      recordMeeting: false,
      activateCase: false,
    });
    const asMember = await (await callerFor(db, orgs.municipalityStaff, now)).cases.get({ caseId });
    expect(asMember.actions).toMatchObject({ recordMeeting: true, scheduleMeeting: false });
    // R7: the coordinator and a participating leader update any member; a member themselves.
    const everyone = [orgs.regionStaff.id, orgs.municipalityStaff.id];
    expect(asCoordinator.actions.editTeamMemberIds).toEqual(everyone);
    expect((await leader.cases.get({ caseId })).actions.editTeamMemberIds).toEqual(everyone);
    expect(asMember.actions.editTeamMemberIds).toEqual([orgs.municipalityStaff.id]);
    // R7: the coordinator plans the first meeting; then writes its minutes once it is due.
    // R10/R11: the coordinator also sees to it that both agreements get written.
    const agreementsToWrite = ["complete_agreement", "complete_agreement"];
    expect(await kindsOf(orgs.regionStaff, now, caseId)).toEqual([
      "plan_meeting",
      ...agreementsToWrite,
    ]);
    expect(await kindsOf(orgs.municipalityStaff, now, caseId)).toEqual([]);
    const coordinator = await callerFor(db, orgs.regionStaff, now);
    // R7: a link that is not http(s) is refused at the door as a 400, never stored.
    expect(
      await codeOf(
        coordinator.meetings.scheduleMeeting({
          caseId,
          expectedVersion: version,
          payload: {
            meetingId: crypto.randomUUID(),
            kind: "collaboration",
            scheduledFor: later(3),
            videoLink: "javascript:alert(1)",
          },
        }),
      ),
    ).toBe("BAD_REQUEST");
    await coordinator.meetings.scheduleMeeting({
      caseId,
      expectedVersion: version,
      payload: {
        meetingId: crypto.randomUUID(),
        kind: "collaboration",
        scheduledFor: later(3),
        place: "Rådhuset, mødelokale 2",
        videoLink: "https://video.example.dk/m/1",
        invitedPersonIds: [orgs.municipalityStaff.id],
      },
    });
    // R7: every team member sees where the meeting is and who is invited.
    const planned = (await (await callerFor(db, orgs.municipalityStaff, now)).cases.get({ caseId }))
      .view.meetings;
    expect(planned).toMatchObject([
      {
        place: "Rådhuset, mødelokale 2",
        videoLink: "https://video.example.dk/m/1",
        invitedPersonIds: [orgs.municipalityStaff.id],
        citizenInvited: true,
      },
    ]);
    expect(await kindsOf(orgs.regionStaff, now, caseId)).toEqual(agreementsToWrite);
    const due = (await (await callerFor(db, orgs.regionStaff, later(4))).tasks.mine()).caseTasks;
    expect(due.filter((task) => task.caseId === caseId).map((task) => task.kind)).toEqual([
      "record_meeting",
      ...agreementsToWrite,
    ]);
    // R9: 25 days on with no meeting held, the others are warned of the deadline.
    const warned = await kindsOf(orgs.municipalityStaff, later(25), caseId);
    expect(warned).toEqual(["deadline"]);

    // An outsider sees no task, finds nothing and reaches no part of the case.
    expect(await kindsOf(outsider, later(25), caseId)).toEqual([]);
    const stranger = await callerFor(db, outsider, now);
    expect(await codeOf(stranger.directory.teamCandidates({ caseId }))).toBe("NOT_FOUND");
    expect(await codeOf(stranger.cases.get({ caseId }))).toBe("NOT_FOUND");
  });

  it("finds visible cases by name or CPR, audits what it shows, and never reveals a case the person may not see", async () => {
    const staff = await callerFor(db, orgs.regionStaff, now);
    const byName = await staff.search.cases({ query: "opgaves" });
    expect(byName.map((hit) => hit.citizenName)).toEqual([citizenName]);
    const byCpr = await staff.search.cases({ query: "071580-1234" });
    expect(byCpr.map((hit) => hit.citizenName)).toEqual([citizenName]);
    // A pattern character is a letter, not a wildcard.
    expect(await staff.search.cases({ query: "%%" })).toEqual([]);

    const stranger = await callerFor(db, outsider, now);
    const before = await db.prisma.auditEntry.count({ where: { personId: outsider.id } });
    expect(await stranger.search.cases({ query: cpr })).toEqual([]);
    expect(await stranger.search.cases({ query: "Sigrid" })).toEqual([]);
    // Searches that found nobody are logged without the number and without a citizen.
    const logged = await db.prisma.auditEntry.findMany({
      where: { personId: outsider.id },
      orderBy: { id: "asc" },
      skip: before,
    });
    expect(logged.map((entry) => [entry.action, entry.citizenId, entry.details])).toEqual([
      ["citizen.search", null, { by: "cpr", hits: 0 }],
      ["citizen.search", null, { by: "name", hits: 0 }],
    ]);
    expect(JSON.stringify(logged.map((entry) => entry.details))).not.toContain(cpr);

    const citizen = await db.prisma.citizen.findFirstOrThrow({ where: { cpr } });
    const audited = await db.prisma.auditEntry.count({
      where: { personId: orgs.regionStaff.id, action: "citizen.search", citizenId: citizen.id },
    });
    expect(audited).toBe(2);
    expect(await codeOf(staff.search.cases({ query: " a " }))).toBe("BAD_REQUEST");
    expect(await codeOf((await callerFor(db, null, now)).search.cases({ query: "Sigrid" }))).toBe(
      "UNAUTHORIZED",
    );
  });

  it("lists organisations with their sector for invitations, and nothing without a sign-in", async () => {
    const leader = await callerFor(db, orgs.regionLeader, now);
    const organisations = await leader.directory.organisations();
    const own = organisations.find((o) => o.organisationId === orgs.regionLeader.organisationId);
    expect(own?.sector).toBe("region");
    expect(await codeOf((await callerFor(db, null, now)).directory.organisations())).toBe(
      "UNAUTHORIZED",
    );
    expect(await codeOf((await callerFor(db, null, now)).tasks.mine())).toBe("UNAUTHORIZED");
  });
});
