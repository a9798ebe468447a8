import { describe, expect, it } from "vitest";
import { completeOrganisationalAgreement } from "../../test/agreement-fixtures";
import {
  activeCase,
  contactPerson,
  ctx,
  endorsedCase,
  expectError,
  expectOk,
  initiatedCase,
  municipalLeader,
  psychiatrist,
  regionLeader,
  T3,
} from "../../test/fixtures";
import { caseInvariantViolations } from "./case-invariants";
import { CaseStateSchema } from "./case-state";
import { caseCommandTypes, executeCaseCommand } from "./execute-case-command";

describe("case state as data", () => {
  it("survives a JSON round trip through CaseStateSchema (dates come back as Dates)", () => {
    const state = expectOk(
      executeCaseCommand(
        activeCase(),
        {
          type: "saveAgreementDraft",
          payload: { kind: "organisational", content: completeOrganisationalAgreement },
        },
        ctx(contactPerson, T3),
      ),
    ).state;
    const restored = CaseStateSchema.parse(JSON.parse(JSON.stringify(state)));
    expect(restored).toEqual(state);
    expect(restored.initiative.initiativeAt).toBeInstanceOf(Date);
  });
});

describe("executeCaseCommand", () => {
  it("R6: gives a state stored before invitations existed the invitations its joins imply", () => {
    // Stored then: the municipality (the initiator's own) and the region joined, nobody invited.
    const { invitations: _, ...stored } = JSON.parse(JSON.stringify(activeCase()));
    const restored = CaseStateSchema.parse(stored);
    const region = restored.organisations.find(
      (o) => o.organisationId === regionLeader.organisationId,
    );
    expect(restored.invitations).toEqual([
      {
        organisationId: regionLeader.organisationId,
        invitedBy: municipalLeader,
        invitedAt: region?.agreedAt,
        implied: true,
        declined: null,
      },
    ]);
    expect(caseInvariantViolations(restored)).toEqual([]);
    // Not endorsed and nobody joined: nothing to imply.
    const { invitations: __, ...initiated } = JSON.parse(JSON.stringify(initiatedCase()));
    expect(CaseStateSchema.parse(initiated).invitations).toEqual([]);
  });

  it("routes every command type to its function", () => {
    expect(caseCommandTypes).toHaveLength(20);
    const { state } = expectOk(
      executeCaseCommand(
        initiatedCase(),
        { type: "endorseInitiative", payload: {} },
        ctx(municipalLeader),
      ),
    );
    expect(state.status).toBe("endorsed");
  });

  it("returns INVALID_COMMAND for an unknown type instead of throwing", () => {
    expectError(
      executeCaseCommand(
        initiatedCase(),
        { type: "fly", payload: {} } as never,
        ctx(municipalLeader),
      ),
      "INVALID_COMMAND",
    );
  });
});

describe("caseInvariantViolations", () => {
  it("finds nothing wrong in states the commands produce", () => {
    for (const state of [initiatedCase(), endorsedCase(), activeCase()]) {
      expect(caseInvariantViolations(state)).toEqual([]);
    }
  });

  it("R3/R5/R6/R7/R10: reports each broken invariant in a hand-made state", () => {
    const active = activeCase();
    const broken = {
      ...active,
      endorsement: null,
      invitations: [],
      exclusion: {
        decidedAt: T3,
        decidedBy: contactPerson,
        reason: "citizen_rejects_all_help" as const,
        alternatives: [],
      },
      organisations: active.organisations.map((o) => ({
        ...o,
        sector: "region" as const,
        agreedBy: psychiatrist,
      })),
      team: {
        ...active.team,
        members: [...active.team.members, ...active.team.members.slice(0, 1)],
        coordinatorPersonId: "p-gone",
      },
      agreements: {
        organisational: [
          {
            version: 2,
            status: "signed" as const,
            savedAt: T3,
            savedByPersonId: "x",
            signatures: [],
            signedAt: null,
            content: {},
          },
        ],
        citizen: [],
      },
    };
    expect(caseInvariantViolations(broken)).toEqual([
      "R5: activated without endorsement",
      "R6: activated with fewer than two sectors",
      "R6: organisation aarhus-kommune not agreed by its own leader",
      "R6: organisation region-midt-psykiatri not agreed by its own leader",
      "R6: organisation region-midt-psykiatri joined without an invitation",
      "R3: excluded case endorsed or activated",
      "R7: coordinator is not a current member",
      "R6: a person is in the team twice",
      "organisational agreement versions are not 1..n",
      "organisational agreement v2: status and signedAt disagree",
    ]);
    expect(caseInvariantViolations({ ...active, exclusion: broken.exclusion })).toEqual([
      "R3: excluded case endorsed or activated",
    ]);
    expect(
      caseInvariantViolations({ ...active, team: { ...active.team, coordinatorPersonId: null } }),
    ).toEqual(["R7: active case without coordinator"]);
  });
});
