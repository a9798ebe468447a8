import { describe, expect, it } from "vitest";
import {
  activeCase,
  contactPerson,
  ctx,
  endorsedCase,
  endorsedUninvitedCase,
  expectError,
  expectOk,
  gpLeader,
  initiatedCase,
  joinedCase,
  memberFrom,
  municipalLeader,
  otherUnitLeader,
  psychiatrist,
  regionLeader,
  secondMunicipalLeader,
  T2,
  T3,
} from "../../test/fixtures";
import { activateCase } from "./activate-case";
import { caseInvariantViolations } from "./case-invariants";
import { closeCase } from "./close-case";
import { declineInvitation } from "./decline-invitation";
import { inviteOrganisation, mayJoinCase, standingInvitations } from "./invite-organisation";
import { joinCase } from "./join-case";

const team = {
  members: [memberFrom(contactPerson), memberFrom(psychiatrist)],
  coordinatorPersonId: contactPerson.personId,
};

describe("R6 inviteOrganisation", () => {
  const region = { organisationId: regionLeader.organisationId };

  it("R6: the initiator's own leader asks another organisation to take part", () => {
    const { state, events } = expectOk(
      inviteOrganisation(endorsedUninvitedCase(), region, ctx(municipalLeader, T2)),
    );
    expect(state.invitations).toEqual([
      {
        organisationId: "region-midt-psykiatri",
        invitedBy: municipalLeader,
        invitedAt: T2,
        implied: false,
        declined: null,
      },
    ]);
    expect(events[0]).toMatchObject({
      type: "OrganisationInvited",
      organisationId: "region-midt-psykiatri",
    });
    expect(mayJoinCase(state, "region-midt-psykiatri")).toBe(true);
  });

  it("R6: a leader of a participating organisation may invite too", () => {
    const { state } = expectOk(
      inviteOrganisation(joinedCase(), { organisationId: "addiction-centre" }, ctx(regionLeader)),
    );
    expect(state.invitations.at(-1)?.invitedBy).toEqual(regionLeader);
  });

  it("R6: staff, and leaders who do not stand behind the case, may not invite", () => {
    const uninvited = endorsedUninvitedCase();
    expect(
      expectError(inviteOrganisation(uninvited, region, ctx(contactPerson)), "NOT_A_LEADER").rule,
    ).toBe("R6");
    // A leader of another unit in the same municipality did not endorse the initiative.
    expectError(
      inviteOrganisation(uninvited, region, ctx(otherUnitLeader)),
      "ORGANISATION_NOT_PARTICIPATING",
    );
    // Nor can an outside leader invite themselves.
    expectError(
      inviteOrganisation(uninvited, region, ctx(regionLeader)),
      "ORGANISATION_NOT_PARTICIPATING",
    );
  });

  it("R6: an organisation is invited once, and not once it takes part; only endorsed or active cases (R5)", () => {
    const invited = expectOk(
      inviteOrganisation(endorsedUninvitedCase(), region, ctx(municipalLeader)),
    ).state;
    expectError(
      inviteOrganisation(invited, region, ctx(municipalLeader)),
      "ORGANISATION_ALREADY_INVITED",
    );
    expectError(
      inviteOrganisation(joinedCase(), { organisationId: "aarhus-kommune" }, ctx(regionLeader)),
      "ORGANISATION_ALREADY_PARTICIPATING",
    );
    // The initiator's own organisation may always join: an invitation would mean nothing.
    expectError(
      inviteOrganisation(
        endorsedUninvitedCase(),
        { organisationId: municipalLeader.organisationId },
        ctx(municipalLeader),
      ),
      "INITIATORS_ORGANISATION_NOT_INVITED",
    );
    expectError(
      inviteOrganisation(initiatedCase(), region, ctx(municipalLeader)),
      "WRONG_CASE_STATUS",
    );
    expectError(
      inviteOrganisation(invited, { organisationId: "" }, ctx(municipalLeader)),
      "INVALID_COMMAND",
    );
  });
});

describe("R6 declineInvitation", () => {
  const region = { organisationId: regionLeader.organisationId };
  const invited = () =>
    expectOk(inviteOrganisation(endorsedUninvitedCase(), region, ctx(municipalLeader, T2))).state;
  const reason = { reason: "Borgeren er ikke i behandling hos os." };

  it("R6: an invited organisation's leader says no, with a reason; it can no longer join", () => {
    const { state, events } = expectOk(declineInvitation(invited(), reason, ctx(regionLeader, T3)));
    expect(state.invitations[0]?.declined).toEqual({
      declinedAt: T3,
      declinedBy: regionLeader,
      reason: "Borgeren er ikke i behandling hos os.",
    });
    expect(events[0]).toMatchObject({
      type: "InvitationDeclined",
      organisationId: "region-midt-psykiatri",
      reason: "Borgeren er ikke i behandling hos os.",
    });
    expect(mayJoinCase(state, "region-midt-psykiatri")).toBe(false);
    expect(standingInvitations(state)).toEqual([]);
    expectError(joinCase(state, {}, ctx(regionLeader, T3)), "ORGANISATION_NOT_INVITED");
    // Asked again later, it may join.
    const again = expectOk(inviteOrganisation(state, region, ctx(municipalLeader, T3))).state;
    expect(again.invitations).toHaveLength(2);
    expectOk(joinCase(again, {}, ctx(regionLeader, T3)));
  });

  it("R6: only a leader, only for an organisation with an invitation standing, and a reason is required", () => {
    expectError(declineInvitation(invited(), reason, ctx(psychiatrist)), "NOT_A_LEADER");
    expectError(declineInvitation(invited(), reason, ctx(gpLeader)), "ORGANISATION_NOT_INVITED");
    expectError(
      declineInvitation(invited(), { reason: "  " }, ctx(regionLeader)),
      "INVALID_COMMAND",
    );
    const once = expectOk(declineInvitation(invited(), reason, ctx(regionLeader))).state;
    expectError(declineInvitation(once, reason, ctx(regionLeader)), "ORGANISATION_NOT_INVITED");
    expectError(
      declineInvitation(joinedCase(), reason, ctx(regionLeader)),
      "ORGANISATION_ALREADY_PARTICIPATING",
    );
  });
});

describe("R6 joinCase", () => {
  it("R6: an organisation that was not invited cannot join; the initiator's own can", () => {
    const uninvited = endorsedUninvitedCase();
    const error = expectError(
      joinCase(uninvited, {}, ctx(regionLeader, T2)),
      "ORGANISATION_NOT_INVITED",
    );
    expect(error).toMatchObject({
      rule: "R6",
      details: { organisationId: "region-midt-psykiatri" },
    });
    expect(
      expectOk(joinCase(uninvited, {}, ctx(municipalLeader, T2))).state.organisations,
    ).toHaveLength(1);
    // Another unit's leader in the initiator's own organisation agrees for the same organisation.
    expect(
      expectOk(joinCase(uninvited, {}, ctx(otherUnitLeader, T2))).state.organisations,
    ).toHaveLength(1);
  });

  it("R6: a leader joins their own organisation, with its sector", () => {
    const { state, events } = expectOk(
      joinCase(endorsedCase(), { organisationName: "Region" }, ctx(regionLeader, T2)),
    );
    expect(state.organisations).toEqual([
      {
        organisationId: "region-midt-psykiatri",
        organisationName: "Region",
        sector: "region",
        agreedBy: regionLeader,
        agreedAt: T2,
      },
    ]);
    expect(events[0]).toMatchObject({ type: "OrganisationJoined", sector: "region" });
  });

  it("R6: only leaders join, each organisation once, and only after endorsement (R5)", () => {
    expect(expectError(joinCase(endorsedCase(), {}, ctx(psychiatrist)), "NOT_A_LEADER").rule).toBe(
      "R6",
    );
    expectError(
      joinCase(joinedCase(), {}, ctx(regionLeader)),
      "ORGANISATION_ALREADY_PARTICIPATING",
    );
    expectError(joinCase(initiatedCase(), {}, ctx(regionLeader)), "WRONG_CASE_STATUS");
  });

  it("R6: a new partner may join an active case", () => {
    const { state } = expectOk(joinCase(activeCase(), {}, ctx(gpLeader, T3)));
    expect(state.organisations.map((o) => o.sector)).toEqual([
      "municipality",
      "region",
      "general_practice",
    ]);
  });
});

describe("R6/R7 activateCase", () => {
  it("R6: a participating leader activates with two sectors, a team and a coordinator (R7)", () => {
    const { state, events } = expectOk(activateCase(joinedCase(), team, ctx(regionLeader, T2)));
    expect(state.status).toBe("active");
    expect(state.activation).toEqual({ activatedAt: T2, activatedBy: regionLeader });
    expect(state.team.coordinatorPersonId).toBe(contactPerson.personId);
    expect(state.team.members.map((m) => [m.personId, m.sector])).toEqual([
      ["p-kontakt", "municipality"],
      ["p-psykiater", "region"],
    ]);
    expect(events[0]).toMatchObject({
      type: "CaseActivated",
      sectors: ["municipality", "region"],
      coordinatorPersonId: "p-kontakt",
      memberPersonIds: ["p-kontakt", "p-psykiater"],
    });
    expect(caseInvariantViolations(state)).toEqual([]);
  });

  it("R6: activation needs organisations from at least two sectors", () => {
    const oneOrg = expectOk(joinCase(endorsedCase(), {}, ctx(municipalLeader, T2))).state;
    const twoMunicipalities = expectOk(joinCase(oneOrg, {}, ctx(secondMunicipalLeader, T2))).state;
    const members = {
      members: [memberFrom(contactPerson)],
      coordinatorPersonId: contactPerson.personId,
    };
    const error = expectError(
      activateCase(twoMunicipalities, members, ctx(municipalLeader, T2)),
      "TOO_FEW_SECTORS",
    );
    expect(error.rule).toBe("R6");
    expect(error.details).toEqual({ sectors: ["municipality"] });
  });

  it("R6: only leaders of participating organisations activate", () => {
    expectError(activateCase(joinedCase(), team, ctx(contactPerson)), "NOT_A_LEADER");
    expectError(activateCase(joinedCase(), team, ctx(gpLeader)), "ORGANISATION_NOT_PARTICIPATING");
  });

  it("R5/R6: a case that is not endorsed cannot be activated", () => {
    expectError(activateCase(initiatedCase(), team, ctx(municipalLeader)), "WRONG_CASE_STATUS");
    expectError(activateCase(activeCase(), team, ctx(municipalLeader)), "WRONG_CASE_STATUS");
  });

  it("R7: the coordinator must be one of the members; R6: members come from participating organisations", () => {
    expectError(
      activateCase(
        joinedCase(),
        { ...team, coordinatorPersonId: "p-nobody" },
        ctx(municipalLeader),
      ),
      "COORDINATOR_NOT_A_MEMBER",
    );
    const outsider = memberFrom(gpLeader);
    expectError(
      activateCase(
        joinedCase(),
        { ...team, members: [...team.members, outsider] },
        ctx(municipalLeader),
      ),
      "ORGANISATION_NOT_PARTICIPATING",
    );
    expectError(
      activateCase(
        joinedCase(),
        { ...team, members: [memberFrom(contactPerson), memberFrom(contactPerson)] },
        ctx(municipalLeader),
      ),
      "INVALID_COMMAND",
    );
    expectError(
      activateCase(joinedCase(), { members: [], coordinatorPersonId: "x" }, ctx(municipalLeader)),
      "INVALID_COMMAND",
    );
  });

  it("R7: every member has contact details", () => {
    const noContact = memberFrom(psychiatrist, {
      contact: { phone: null, email: null, other: null },
    });
    expectError(
      activateCase(
        joinedCase(),
        { ...team, members: [memberFrom(contactPerson), noContact] },
        ctx(municipalLeader),
      ),
      "INVALID_COMMAND",
    );
  });
});

describe("closeCase", () => {
  it("closes an active case with a reason, by a participating leader", () => {
    const { state, events } = expectOk(
      closeCase(activeCase(), { reason: "goal_reached" }, ctx(regionLeader, T3)),
    );
    expect(state.status).toBe("closed");
    expect(state.closure).toEqual({
      reason: "goal_reached",
      note: null,
      closedAt: T3,
      closedBy: regionLeader,
    });
    expect(events[0]).toMatchObject({ type: "CaseClosed", previousStatus: "active" });
  });

  it("closes an endorsed case by the initiator's leader; 'other' needs a note", () => {
    expectError(
      closeCase(endorsedCase(), { reason: "other" }, ctx(municipalLeader)),
      "INVALID_COMMAND",
    );
    const { state } = expectOk(
      closeCase(endorsedCase(), { reason: "other", note: "Ingen partnere" }, ctx(municipalLeader)),
    );
    expect(state.closure?.note).toBe("Ingen partnere");
  });

  it("R7: the coordinator of an active case closes it too; another member does not", () => {
    const { state } = expectOk(
      closeCase(activeCase(), { reason: "goal_reached" }, ctx(contactPerson, T3)),
    );
    expect(state.closure?.closedBy).toEqual(contactPerson);
    expectError(closeCase(activeCase(), { reason: "deceased" }, ctx(psychiatrist)), "NOT_A_LEADER");
  });

  it("only leaders on the case close it, and a closed case stays closed", () => {
    expectError(closeCase(activeCase(), { reason: "deceased" }, ctx(psychiatrist)), "NOT_A_LEADER");
    expectError(
      closeCase(activeCase(), { reason: "deceased" }, ctx(gpLeader)),
      "ORGANISATION_NOT_PARTICIPATING",
    );
    const closed = expectOk(
      closeCase(activeCase(), { reason: "citizen_moved" }, ctx(municipalLeader)),
    ).state;
    expectError(
      closeCase(closed, { reason: "citizen_moved" }, ctx(municipalLeader)),
      "WRONG_CASE_STATUS",
    );
    expectError(
      closeCase(initiatedCase(), { reason: "citizen_moved" }, ctx(municipalLeader)),
      "WRONG_CASE_STATUS",
    );
  });
});
