import { describe, expect, it } from "vitest";
import {
  activeCase,
  contactPerson,
  ctx,
  endorsedCase,
  expectError,
  expectOk,
  gpLeader,
  memberFrom,
  municipalLeader,
  psychiatrist,
  regionLeader,
  T3,
} from "../../test/fixtures";
import type { Actor } from "../actors/actor";
import { acknowledgeChangeNotice } from "../change-notices/acknowledge-change-notice";
import { recordInterventionChange } from "../change-notices/record-intervention-change";
import { addTeamMember } from "../team/add-team-member";
import type { CaseState } from "./case-state";
import type { CaseCommandResult } from "./command";
import { declineInvitation } from "./decline-invitation";
import {
  caseCommandTypes,
  commutativeCaseCommands,
  isCommutativeCaseCommand,
} from "./execute-case-command";
import { joinCase } from "./join-case";

const housingSupport: Actor = { ...contactPerson, personId: "p-bostoette", name: "Bo Støtte" };
const secondRegionLeader: Actor = { ...regionLeader, personId: "p-leder-region-2" };

/** What a concurrent change must not lose: everything but the version and event times. */
const withoutVersion = ({ version: _, ...rest }: CaseState) => rest;

/**
 * Two commands decided on the same version: the server saves the first, meets a conflict
 * with the second and, because it is commutative, re-runs it on the fresh state.
 */
function bothOrders(
  base: CaseState,
  first: (state: CaseState) => CaseCommandResult,
  second: (state: CaseState) => CaseCommandResult,
) {
  const oneThenTwo = expectOk(second(expectOk(first(base)).state)).state;
  const twoThenOne = expectOk(first(expectOk(second(base)).state)).state;
  return { oneThenTwo, twoThenOne };
}

describe("commutative commands (harmless concurrent actions do not conflict)", () => {
  it("lists only known command types, and only these three", () => {
    expect(commutativeCaseCommands.every((type) => caseCommandTypes.includes(type))).toBe(true);
    expect([...commutativeCaseCommands].sort()).toEqual([
      "acknowledgeChangeNotice",
      "declineInvitation",
      "joinCase",
    ]);
    expect(isCommutativeCaseCommand("joinCase")).toBe(true);
    expect(isCommutativeCaseCommand("signAgreement")).toBe(false);
    expect(isCommutativeCaseCommand("fly")).toBe(false);
  });

  it("R13: two members acknowledging the same notice at once both succeed, in either order", () => {
    const withThree = expectOk(
      addTeamMember(activeCase(), { member: memberFrom(housingSupport) }, ctx(municipalLeader, T3)),
    ).state;
    const notified = expectOk(
      recordInterventionChange(
        withThree,
        { noticeId: "n1", description: "Ny medicin" },
        ctx(contactPerson, T3),
      ),
    ).state;
    const acknowledge = (actor: Actor) => (state: CaseState) =>
      acknowledgeChangeNotice(state, { noticeId: "n1" }, ctx(actor, T3));
    const { oneThenTwo, twoThenOne } = bothOrders(
      notified,
      acknowledge(housingSupport),
      acknowledge(psychiatrist),
    );
    expect(oneThenTwo.changeNotices[0]?.recipients.every((r) => r.acknowledgedAt !== null)).toBe(
      true,
    );
    expect(withoutVersion(oneThenTwo)).toEqual(withoutVersion(twoThenOne));
  });

  it("R6: leaders answering different invitations at once both succeed, in either order", () => {
    const { oneThenTwo, twoThenOne } = bothOrders(
      endorsedCase(),
      (state) => joinCase(state, {}, ctx(regionLeader, T3)),
      (state) => declineInvitation(state, { reason: "Ikke vores borger" }, ctx(gpLeader, T3)),
    );
    expect(oneThenTwo.organisations.map((o) => o.organisationId)).toEqual([
      regionLeader.organisationId,
    ]);
    expect(withoutVersion(oneThenTwo)).toEqual(withoutVersion(twoThenOne));
  });

  it("R6: two answers for the same organisation do not both apply — the re-run is refused", () => {
    const joined = expectOk(joinCase(endorsedCase(), {}, ctx(regionLeader, T3))).state;
    expectError(
      declineInvitation(joined, { reason: "Nej" }, ctx(secondRegionLeader, T3)),
      "ORGANISATION_ALREADY_PARTICIPATING",
    );
  });
});
