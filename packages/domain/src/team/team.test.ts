import { describe, expect, it } from "vitest";
import {
  activeCase,
  contactPerson,
  ctx,
  expectError,
  expectOk,
  gpLeader,
  joinedCase,
  memberFrom,
  municipalLeader,
  psychiatrist,
  regionLeader,
  T3,
} from "../../test/fixtures";
import { caseInvariantViolations } from "../cases/case-invariants";
import { addTeamMember } from "./add-team-member";
import { appointCoordinator } from "./appoint-coordinator";
import { removeTeamMember } from "./remove-team-member";
import { updateTeamMember } from "./update-team-member";

const housingSupport = {
  personId: "p-bostoette",
  name: "Bo Støtte",
  organisationId: "aarhus-kommune",
  role: "bostøtte",
  tasks: "Hjælp i hjemmet",
  contact: { email: "bo@aarhus.dk" },
  notDirectlyInvolved: false,
};

describe("R6 team membership", () => {
  it("R6: a leader adds a member with person, organisation, role/task and contact details", () => {
    const { state, events } = expectOk(
      addTeamMember(activeCase(), { member: housingSupport }, ctx(municipalLeader, T3)),
    );
    const added = state.team.members.at(-1);
    expect(added).toMatchObject({
      personId: "p-bostoette",
      organisationId: "aarhus-kommune",
      sector: "municipality",
      role: "bostøtte",
      tasks: "Hjælp i hjemmet",
      contact: { email: "bo@aarhus.dk", phone: null, other: null },
      addedAt: T3,
      addedByPersonId: municipalLeader.personId,
    });
    expect(events[0]).toMatchObject({ type: "TeamMemberAdded", personId: "p-bostoette" });
  });

  it("R7: records the 'not directly involved with the citizen' flag", () => {
    const { state } = expectOk(
      addTeamMember(
        activeCase(),
        { member: { ...housingSupport, notDirectlyInvolved: true } },
        ctx(municipalLeader),
      ),
    );
    expect(state.team.members.at(-1)?.notDirectlyInvolved).toBe(true);
  });

  it("R6: only leaders of participating organisations add members, from participating organisations", () => {
    expectError(
      addTeamMember(activeCase(), { member: housingSupport }, ctx(psychiatrist)),
      "NOT_A_LEADER",
    );
    expectError(
      addTeamMember(activeCase(), { member: housingSupport }, ctx(gpLeader)),
      "ORGANISATION_NOT_PARTICIPATING",
    );
    expectError(
      addTeamMember(activeCase(), { member: memberFrom(gpLeader) }, ctx(municipalLeader)),
      "ORGANISATION_NOT_PARTICIPATING",
    );
    expectError(
      addTeamMember(activeCase(), { member: memberFrom(psychiatrist) }, ctx(municipalLeader)),
      "MEMBER_ALREADY_IN_TEAM",
    );
    expectError(
      addTeamMember(joinedCase(), { member: housingSupport }, ctx(municipalLeader)),
      "WRONG_CASE_STATUS",
    );
  });

  it("R6: a leader removes a member who is not the coordinator", () => {
    const { state, events } = expectOk(
      removeTeamMember(
        activeCase(),
        { personId: psychiatrist.personId, reason: "Ny stilling" },
        ctx(regionLeader, T3),
      ),
    );
    expect(state.team.members.map((m) => m.personId)).toEqual([contactPerson.personId]);
    expect(state.team.formerMembers[0]).toMatchObject({
      personId: psychiatrist.personId,
      removedAt: T3,
      reason: "Ny stilling",
    });
    expect(events.map((e) => e.type)).toEqual(["TeamMemberRemoved"]);
    expectError(
      removeTeamMember(activeCase(), { personId: psychiatrist.personId }, ctx(psychiatrist)),
      "NOT_A_LEADER",
    );
    expectError(
      removeTeamMember(activeCase(), { personId: "p-nobody" }, ctx(regionLeader)),
      "MEMBER_NOT_IN_TEAM",
    );
  });
});

describe("R7 coordinator", () => {
  it("R7: removing the coordinator requires naming a new one among the remaining members", () => {
    const error = expectError(
      removeTeamMember(activeCase(), { personId: contactPerson.personId }, ctx(municipalLeader)),
      "COORDINATOR_REPLACEMENT_REQUIRED",
    );
    expect(error.rule).toBe("R7");
    expectError(
      removeTeamMember(
        activeCase(),
        { personId: contactPerson.personId, newCoordinatorPersonId: contactPerson.personId },
        ctx(municipalLeader),
      ),
      "COORDINATOR_NOT_A_MEMBER",
    );
    const { state, events } = expectOk(
      removeTeamMember(
        activeCase(),
        { personId: contactPerson.personId, newCoordinatorPersonId: psychiatrist.personId },
        ctx(municipalLeader),
      ),
    );
    expect(state.team.coordinatorPersonId).toBe(psychiatrist.personId);
    expect(events.map((e) => e.type)).toEqual(["TeamMemberRemoved", "CoordinatorAppointed"]);
    expect(caseInvariantViolations(state)).toEqual([]);
  });

  it("R7: the last member (the coordinator) cannot be removed", () => {
    const single = expectOk(
      removeTeamMember(activeCase(), { personId: psychiatrist.personId }, ctx(regionLeader)),
    ).state;
    expectError(
      removeTeamMember(single, { personId: contactPerson.personId }, ctx(regionLeader)),
      "COORDINATOR_REPLACEMENT_REQUIRED",
    );
  });

  it("R7: a leader appoints another current member as coordinator", () => {
    const { state, events } = expectOk(
      appointCoordinator(activeCase(), { personId: psychiatrist.personId }, ctx(regionLeader)),
    );
    expect(state.team.coordinatorPersonId).toBe(psychiatrist.personId);
    expect(events[0]).toMatchObject({
      type: "CoordinatorAppointed",
      previousPersonId: contactPerson.personId,
    });
    expectError(
      appointCoordinator(activeCase(), { personId: "p-nobody" }, ctx(regionLeader)),
      "COORDINATOR_NOT_A_MEMBER",
    );
    expectError(
      appointCoordinator(activeCase(), { personId: psychiatrist.personId }, ctx(psychiatrist)),
      "NOT_A_LEADER",
    );
  });

  it("R7: naming a new coordinator when removing someone else also appoints them", () => {
    const { state } = expectOk(
      removeTeamMember(
        expectOk(addTeamMember(activeCase(), { member: housingSupport }, ctx(municipalLeader)))
          .state,
        { personId: "p-bostoette", newCoordinatorPersonId: psychiatrist.personId },
        ctx(municipalLeader),
      ),
    );
    expect(state.team.coordinatorPersonId).toBe(psychiatrist.personId);
  });

  it("R7: the coordinator, the member or a leader keeps contact details current", () => {
    const byCoordinator = expectOk(
      updateTeamMember(
        activeCase(),
        { personId: psychiatrist.personId, contact: { email: "pp@rm.dk" }, tasks: "Medicin" },
        ctx(contactPerson),
      ),
    );
    const updated = byCoordinator.state.team.members.find(
      (m) => m.personId === psychiatrist.personId,
    );
    expect(updated).toMatchObject({
      contact: { email: "pp@rm.dk", phone: null },
      tasks: "Medicin",
      role: "psykiater",
    });
    expect(byCoordinator.events[0]).toMatchObject({ type: "TeamMemberUpdated" });
    const bySelf = expectOk(
      updateTeamMember(
        activeCase(),
        {
          personId: psychiatrist.personId,
          role: "overlæge",
          notDirectlyInvolved: true,
          tasks: null,
        },
        ctx(psychiatrist),
      ),
    ).state.team.members[1];
    expect(bySelf).toMatchObject({ role: "overlæge", notDirectlyInvolved: true, tasks: null });
    expectOk(
      updateTeamMember(activeCase(), { personId: psychiatrist.personId }, ctx(regionLeader)),
    );
    expectError(
      updateTeamMember(activeCase(), { personId: contactPerson.personId }, ctx(psychiatrist)),
      "NOT_COORDINATOR",
    );
    expectError(
      updateTeamMember(activeCase(), { personId: "p-nobody" }, ctx(contactPerson)),
      "MEMBER_NOT_IN_TEAM",
    );
    expectError(
      updateTeamMember(joinedCase(), { personId: "p-nobody" }, ctx(contactPerson)),
      "WRONG_CASE_STATUS",
    );
  });
});
