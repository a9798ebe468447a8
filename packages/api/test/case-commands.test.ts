import {
  createTestDatabase,
  seedTestOrganisations,
  type TestDatabase,
  type TestOrganisations,
  type TestPerson,
  testDatabaseKinds,
} from "@samstemt/db/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor } from "./fixtures";

const now = new Date("2026-04-15T10:00:00Z");
const initiative = (cpr: string, stance: "accepts_help" | "rejects_all_help" = "accepts_help") => ({
  citizen: { cpr, name: "Birthe Testesen" },
  initiativeAt: new Date("2026-04-14T08:00:00Z"),
  reasons: { categories: ["self_harm" as const], text: "Gentagne selvskader" },
  citizenStance: stance,
  citizenStanceNote: null,
});

async function domainCodeOf(
  promise: Promise<unknown>,
): Promise<{ code: string; domain: string | null }> {
  try {
    await promise;
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    const cause = error.cause as { domainError?: { code: string } } | undefined;
    return { code: error.code, domain: cause?.domainError?.code ?? null };
  }
  throw new Error("expected the call to fail");
}

describe.each(testDatabaseKinds())("case commands through the API on %s", (kind) => {
  let db: TestDatabase;
  let orgs: TestOrganisations;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    orgs = await seedTestOrganisations(db.prisma);
  });
  afterAll(async () => {
    await db?.destroy();
  });

  it("takes a case from initiative to an active cross-sectoral team, storing events and audit (R5, R6, R7)", async () => {
    const staff = await callerFor(db, orgs.regionStaff, now);
    const created = await staff.initiative.registerInitiative(initiative("0113801111"));
    expect(created).toMatchObject({ status: "initiated", version: 1 });

    const leader = await callerFor(db, orgs.regionLeader, now);
    const endorsed = await leader.initiative.endorseInitiative({
      caseId: created.caseId,
      expectedVersion: 1,
      payload: { note: null },
    });
    expect(endorsed).toMatchObject({ status: "endorsed", events: ["InitiativeEndorsed"] });

    // R6: the region's leader joins for the region and invites the municipality.
    const municipalityLeader = await callerFor(db, orgs.municipalityLeader, now);
    let version = (
      await leader.activation.joinCase({
        caseId: created.caseId,
        expectedVersion: endorsed.version,
        payload: { organisationName: null },
      })
    ).version;
    const joinByMunicipality = () =>
      municipalityLeader.activation.joinCase({
        caseId: created.caseId,
        expectedVersion: version,
        payload: { organisationName: null },
      });
    // Before the invitation the municipality's leader cannot even find the case.
    expect(await domainCodeOf(joinByMunicipality())).toEqual({ code: "NOT_FOUND", domain: null });
    expect(await municipalityLeader.cases.invitations()).toEqual([]);
    const invited = await leader.activation.inviteOrganisation({
      caseId: created.caseId,
      expectedVersion: version,
      payload: { organisationId: orgs.municipalityLeader.organisationId },
    });
    expect(invited.events).toEqual(["OrganisationInvited"]);
    version = invited.version;
    // Invited, the municipality's leader learns who asked — and nothing about the citizen
    // (R4) — and can join; the case is not on their list or readable before that.
    const [invitation, ...more] = await municipalityLeader.cases.invitations();
    expect(more).toEqual([]);
    expect(invitation).toMatchObject({
      caseId: created.caseId,
      caseStatus: "endorsed",
      invitedBy: { name: orgs.regionLeader.name },
    });
    expect(JSON.stringify(invitation)).not.toContain("Birthe");
    expect((await municipalityLeader.cases.mine()).map((c) => c.id)).not.toContain(created.caseId);
    expect(await domainCodeOf(municipalityLeader.cases.get({ caseId: created.caseId }))).toEqual({
      code: "NOT_FOUND",
      domain: null,
    });
    version = (await joinByMunicipality()).version;
    expect(await municipalityLeader.cases.invitations()).toEqual([]);
    const activated = await leader.activation.activateCase({
      caseId: created.caseId,
      expectedVersion: version,
      payload: {
        members: [orgs.regionStaff, orgs.municipalityStaff].map((person) => ({
          personId: person.id,
          name: person.name,
          organisationId: person.organisationId,
          role: "Kontaktperson",
          contact: { email: `${person.username}@test.invalid` },
        })),
        coordinatorPersonId: orgs.municipalityStaff.id,
      },
    });
    expect(activated.status).toBe("active");

    // R6: having joined, the municipality's leader sees the case like the region's does.
    const seenByJoinedLeader = await municipalityLeader.cases.get({ caseId: created.caseId });
    expect(seenByJoinedLeader.view.organisations.map((o) => o.organisationName)).toContain(
      (
        await db.prisma.organisation.findUniqueOrThrow({
          where: { id: orgs.municipalityLeader.organisationId },
        })
      ).name,
    );
    const detail = await staff.cases.get({ caseId: created.caseId });
    expect(detail.view.team.coordinatorPersonId).toBe(orgs.municipalityStaff.id);
    expect(detail.view.deadline?.state).toBe("open");
    const events = await db.prisma.caseEvent.findMany({ where: { caseId: created.caseId } });
    expect(events.map((event) => event.type)).toContain("CaseActivated");
    const audit = await db.prisma.auditEntry.findMany({ where: { caseId: created.caseId } });
    expect(audit.map((entry) => entry.action)).toEqual(
      expect.arrayContaining([
        "case.initiative.register",
        "case.command.activateCase",
        "case.read",
      ]),
    );
  });

  it("R5: refuses endorsement by a leader of another unit, with the domain's error", async () => {
    const staff = await callerFor(db, orgs.regionStaff, now);
    const created = await staff.initiative.registerInitiative(initiative("0213802222"));
    const otherLeader = await callerFor(db, orgs.municipalityLeader, now);
    const result = await domainCodeOf(
      otherLeader.initiative.endorseInitiative({
        caseId: created.caseId,
        expectedVersion: 1,
        payload: { note: null },
      }),
    );
    // The municipality leader cannot even see the region's initiative.
    expect(result.code).toBe("NOT_FOUND");
    const staffAsEndorser = await domainCodeOf(
      staff.initiative.endorseInitiative({
        caseId: created.caseId,
        expectedVersion: 1,
        payload: { note: null },
      }),
    );
    expect(staffAsEndorser).toEqual({ code: "FORBIDDEN", domain: "NOT_INITIATORS_LEADER" });
  });

  it("R3: a citizen who rejects all help is excluded and cannot be endorsed", async () => {
    const staff = await callerFor(db, orgs.regionStaff, now);
    const created = await staff.initiative.registerInitiative(
      initiative("0313803333", "rejects_all_help"),
    );
    expect(created.status).toBe("excluded");
    const leader = await callerFor(db, orgs.regionLeader, now);
    const result = await domainCodeOf(
      leader.initiative.endorseInitiative({
        caseId: created.caseId,
        expectedVersion: created.version,
        payload: { note: null },
      }),
    );
    expect(result).toEqual({ code: "CONFLICT", domain: "CASE_EXCLUDED" });
  });

  it("refuses a command from a stale version and stores nothing", async () => {
    const staff = await callerFor(db, orgs.regionStaff, now);
    const created = await staff.initiative.registerInitiative(initiative("0413804444"));
    const leader = await callerFor(db, orgs.regionLeader, now);
    const stale = await domainCodeOf(
      leader.initiative.declineInitiative({
        caseId: created.caseId,
        expectedVersion: 7,
        payload: { reason: "Ikke relevant" },
      }),
    );
    expect(stale.code).toBe("CONFLICT");
    const row = await db.prisma.case.findUniqueOrThrow({ where: { id: created.caseId } });
    expect(row).toMatchObject({ status: "initiated", version: 1 });
  });

  it("rejects malformed commands and initiatives in the future without storing anything", async () => {
    const staff = await callerFor(db, orgs.regionStaff, now);
    const before = await db.prisma.case.count();
    const future = await domainCodeOf(
      staff.initiative.registerInitiative({
        ...initiative("0513805555"),
        initiativeAt: new Date("2026-05-01T00:00:00Z"),
      }),
    );
    expect(future).toEqual({ code: "BAD_REQUEST", domain: "INITIATIVE_IN_FUTURE" });
    const badCpr = await domainCodeOf(
      staff.initiative.registerInitiative({ ...initiative("12345"), citizenStanceNote: null }),
    );
    expect(badCpr.code).toBe("BAD_REQUEST");
    expect(await db.prisma.case.count()).toBe(before);
  });

  it("R2: analysts cannot register initiatives", async () => {
    const analyst = await callerFor(db, orgs.analyst, now);
    const result = await domainCodeOf(
      analyst.initiative.registerInitiative(initiative("0613806666")),
    );
    expect(result).toEqual({ code: "FORBIDDEN", domain: "INITIATOR_ROLE_NOT_ALLOWED" });
  });

  async function endorsedAndJoined(cpr: string) {
    const staff = await callerFor(db, orgs.regionStaff, now);
    const leader = await callerFor(db, orgs.regionLeader, now);
    const municipalityLeader = await callerFor(db, orgs.municipalityLeader, now);
    const created = await staff.initiative.registerInitiative(initiative(cpr));
    let version = (
      await leader.initiative.endorseInitiative({
        caseId: created.caseId,
        expectedVersion: 1,
        payload: { note: null },
      })
    ).version;
    version = (
      await leader.activation.inviteOrganisation({
        caseId: created.caseId,
        expectedVersion: version,
        payload: { organisationId: orgs.municipalityLeader.organisationId },
      })
    ).version;
    for (const caller of [leader, municipalityLeader]) {
      version = (
        await caller.activation.joinCase({
          caseId: created.caseId,
          expectedVersion: version,
          // The organisation's name the browser claims is ignored; the database's is used.
          payload: { organisationName: "Falsk navn" },
        })
      ).version;
    }
    return { caseId: created.caseId, version, leader };
  }

  it("R6: invites only an organisation Samstemt knows, by a leader behind the case; the invited may decline", async () => {
    const staff = await callerFor(db, orgs.regionStaff, now);
    const leader = await callerFor(db, orgs.regionLeader, now);
    const created = await staff.initiative.registerInitiative(initiative("0913809999"));
    const { version } = await leader.initiative.endorseInitiative({
      caseId: created.caseId,
      expectedVersion: 1,
      payload: { note: null },
    });
    const invite = (caller: typeof leader, organisationId: string) =>
      caller.activation.inviteOrganisation({
        caseId: created.caseId,
        expectedVersion: version,
        payload: { organisationId },
      });
    expect(await domainCodeOf(invite(leader, "no-such-organisation"))).toEqual({
      code: "BAD_REQUEST",
      domain: null,
    });
    // A leader elsewhere cannot find the case, let alone invite their own organisation.
    const outsider = await callerFor(db, orgs.municipalityLeader, now);
    expect(await domainCodeOf(invite(outsider, orgs.municipalityLeader.organisationId))).toEqual({
      code: "NOT_FOUND",
      domain: null,
    });
    // The region's staff member sees the case but is no leader (R6).
    expect(await domainCodeOf(invite(staff, orgs.municipalityLeader.organisationId))).toEqual({
      code: "FORBIDDEN",
      domain: "NOT_A_LEADER",
    });
    // The refused attempts changed nothing.
    const row = await db.prisma.case.findUniqueOrThrow({ where: { id: created.caseId } });
    expect(row.version).toBe(version);
    expect(await db.prisma.caseInvitation.count({ where: { caseId: created.caseId } })).toBe(0);
    // The invited organisation's leader reaches the case only to answer: here, no (R6).
    const invited = await leader.activation.inviteOrganisation({
      caseId: created.caseId,
      expectedVersion: version,
      payload: { organisationId: orgs.municipalityLeader.organisationId },
    });
    expect((await outsider.cases.invitations()).map((i) => i.caseId)).toEqual([created.caseId]);
    const declined = await outsider.activation.declineInvitation({
      caseId: created.caseId,
      expectedVersion: invited.version,
      payload: { reason: "Ikke vores borger" },
    });
    expect(declined.events).toEqual(["InvitationDeclined"]);
    expect(await outsider.cases.invitations()).toEqual([]);
    expect(await db.prisma.caseInvitation.count({ where: { caseId: created.caseId } })).toBe(0);
    // Having said no, it cannot reach the case any more.
    expect(
      await domainCodeOf(
        outsider.activation.joinCase({
          caseId: created.caseId,
          expectedVersion: declined.version,
          payload: { organisationName: null },
        }),
      ),
    ).toEqual({ code: "NOT_FOUND", domain: null });
    const seen = await leader.cases.get({ caseId: created.caseId });
    // R4: the declining organisation's reason is its information about the citizen; without a
    // consent covering it, the inviter learns that it said no, not why.
    expect(seen.view.invitations[0]?.declined?.reason).toEqual({
      shown: false,
      recordedBy: expect.objectContaining({
        organisationId: orgs.municipalityLeader.organisationId,
      }),
      withheld: "no_consent",
    });
    expect(await domainCodeOf(staff.cases.invitations())).toEqual({
      code: "FORBIDDEN",
      domain: null,
    });
  });

  const member = (person: TestPerson, organisationId = person.organisationId) => ({
    personId: person.id,
    name: "Hvem som helst",
    organisationId,
    role: "Kontaktperson",
    contact: { email: "x@test.invalid" },
  });

  it("takes team members' names and organisations from the database, never from the browser", async () => {
    const { caseId, version, leader } = await endorsedAndJoined("0713807777");
    await leader.activation.activateCase({
      caseId,
      expectedVersion: version,
      payload: {
        // The municipal employee is claimed to work for the region.
        members: [
          member(orgs.regionStaff),
          member(orgs.municipalityStaff, orgs.regionStaff.organisationId),
        ],
        coordinatorPersonId: orgs.regionStaff.id,
      },
    });
    const detail = await leader.cases.get({ caseId });
    const stored = detail.view.team.members.find((m) => m.personId === orgs.municipalityStaff.id);
    expect(stored).toMatchObject({
      organisationId: orgs.municipalityStaff.organisationId,
      name: orgs.municipalityStaff.name,
      sector: "municipality",
    });
    expect(detail.view.organisations.map((o) => o.organisationName)).not.toContain("Falsk navn");
  });

  it("refuses an unknown team member with 400, stores nothing and logs the attempt", async () => {
    const { caseId, version, leader } = await endorsedAndJoined("0813808888");
    const unknown = {
      ...member(orgs.regionStaff),
      personId: "00000000-0000-4000-8000-000000000000",
    };
    const result = await domainCodeOf(
      leader.activation.activateCase({
        caseId,
        expectedVersion: version,
        payload: {
          members: [member(orgs.regionStaff), unknown],
          coordinatorPersonId: orgs.regionStaff.id,
        },
      }),
    );
    expect(result.code).toBe("BAD_REQUEST");
    const row = await db.prisma.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(row).toMatchObject({ status: "endorsed", version });
    const refused = await db.prisma.auditEntry.findMany({
      where: {
        caseId,
        action: "case.command.activateCase.refused",
        personId: orgs.regionLeader.id,
      },
    });
    expect(refused).toHaveLength(1);
  });

  it("lets two cases use the same meeting id, since ids are unique per case", async () => {
    const meetingId = "11111111-1111-4111-8111-111111111111";
    for (const cpr of ["0913809999", "1013800000"]) {
      const { caseId, version, leader } = await endorsedAndJoined(cpr);
      const activated = await leader.activation.activateCase({
        caseId,
        expectedVersion: version,
        payload: {
          members: [member(orgs.regionStaff), member(orgs.municipalityStaff)],
          coordinatorPersonId: orgs.regionStaff.id,
        },
      });
      const coordinator = await callerFor(db, orgs.regionStaff, now);
      const scheduled = await coordinator.meetings.scheduleMeeting({
        caseId,
        expectedVersion: activated.version,
        payload: {
          meetingId,
          kind: "collaboration",
          scheduledFor: new Date("2026-04-20T09:00:00Z"),
        },
      });
      expect(scheduled.events).toEqual(["MeetingScheduled"]);
    }
  });

  it("registers the same new citizen from two places at once without failing either", async () => {
    const staff = await callerFor(db, orgs.regionStaff, now);
    const other = await callerFor(db, orgs.municipalityStaff, now);
    const results = await Promise.all([
      staff.initiative.registerInitiative(initiative("1113801212")),
      other.initiative.registerInitiative(initiative("1113801212")),
      staff.initiative.registerInitiative(initiative("1113801212")),
    ]);
    expect(results.every((result) => result.status === "initiated")).toBe(true);
    // Each registration has a record of its own until its leader checks the number (R5).
    expect(await db.prisma.citizen.count({ where: { cpr: "1113801212" } })).toBe(3);
  });
});
