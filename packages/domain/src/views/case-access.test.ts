import { describe, expect, it } from "vitest";
import {
  activeCase,
  analyst,
  contactPerson,
  ctx,
  endorsedCase,
  expectOk,
  gpLeader,
  initiatedCase,
  joinedCase,
  memberFrom,
  municipalLeader,
  otherUnitLeader,
  psychiatrist,
  regionLeader,
  T3,
} from "../../test/fixtures";
import type { Actor } from "../actors/actor";
import type { CaseState } from "../cases/case-state";
import { closeCase } from "../cases/close-case";
import { declineInvitation } from "../cases/decline-invitation";
import { addTeamMember } from "../team/add-team-member";
import { removeTeamMember } from "../team/remove-team-member";
import { caseAccessFor, mayViewCase } from "./case-access";

const housingSupport: Actor = {
  ...contactPerson,
  personId: "p-bostoette",
  name: "Bo Støtte",
  unitId: "bostoette",
};
const regionColleague: Actor = {
  ...psychiatrist,
  personId: "p-sygeplejerske",
  name: "Sif Sygeplejerske",
};

const access = (state: CaseState, viewer: Actor) => {
  const answer = caseAccessFor(state, viewer);
  expect(mayViewCase(state, viewer)).toBe(answer === "full");
  return answer;
};

describe("caseAccessFor / mayViewCase — who may see a case", () => {
  it("R5: the initiator and a leader of the initiator's unit, from the start", () => {
    const state = initiatedCase();
    expect(access(state, contactPerson)).toBe("full");
    expect(access(state, municipalLeader)).toBe("full");
    // Same organisation, another unit: not the initiator's own leader.
    expect(access(state, otherUnitLeader)).toBe("none");
    expect(access(state, housingSupport)).toBe("none");
  });

  it("R6: an invited organisation's leader may only answer; after declining, nothing", () => {
    const state = endorsedCase();
    expect(access(state, regionLeader)).toBe("answer_invitation");
    expect(access(state, gpLeader)).toBe("answer_invitation");
    // Staff of an invited organisation are not asked anything.
    expect(access(state, psychiatrist)).toBe("none");
    const declined = expectOk(
      declineInvitation(state, { reason: "Ikke relevant" }, ctx(gpLeader, T3)),
    ).state;
    expect(access(declined, gpLeader)).toBe("none");
    // A closed case can no longer be joined, so a standing invitation gives nothing.
    const closed = expectOk(
      closeCase(endorsedCase(), { reason: "goal_reached" }, ctx(municipalLeader, T3)),
    ).state;
    expect(access(closed, regionLeader)).toBe("none");
  });

  it("R6: a leader of a participating organisation sees the case once it has joined", () => {
    expect(access(joinedCase(), regionLeader)).toBe("full");
    // Other staff of that organisation only through the team.
    expect(access(joinedCase(), psychiatrist)).toBe("none");
  });

  it("R6/R7: current team members see the case; other staff of their organisation do not", () => {
    const state = activeCase();
    expect(access(state, psychiatrist)).toBe("full");
    expect(access(state, regionColleague)).toBe("none");
  });

  it("R6/R7: a member who left the team no longer sees the case, unless another rule applies", () => {
    const joined = expectOk(
      addTeamMember(activeCase(), { member: memberFrom(housingSupport) }, ctx(municipalLeader, T3)),
    ).state;
    expect(access(joined, housingSupport)).toBe("full");
    const left = expectOk(
      removeTeamMember(joined, { personId: housingSupport.personId }, ctx(municipalLeader, T3)),
    ).state;
    expect(access(left, housingSupport)).toBe("none");
    // The coordinator leaves the team but took the initiative (R5): still sees the case.
    const coordinatorLeft = expectOk(
      removeTeamMember(
        activeCase(),
        { personId: contactPerson.personId, newCoordinatorPersonId: psychiatrist.personId },
        ctx(municipalLeader, T3),
      ),
    ).state;
    expect(coordinatorLeft.team.formerMembers.map((m) => m.personId)).toEqual([
      contactPerson.personId,
    ]);
    expect(access(coordinatorLeft, contactPerson)).toBe("full");
  });

  it("analysts never see a case: they work with pseudonymised exports", () => {
    for (const state of [initiatedCase(), endorsedCase(), activeCase()]) {
      expect(access(state, analyst)).toBe("none");
      // Not even an analyst in a leader's organisation and unit.
      expect(access(state, { ...municipalLeader, personId: "p-a", role: "analyst" })).toBe("none");
    }
  });
});
