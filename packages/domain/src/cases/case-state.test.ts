import { describe, expect, it } from "vitest";
import { completeOrganisationalAgreement } from "../../test/agreement-fixtures";
import {
  caseWithItems,
  KOMMUNE,
  REGION,
  T5,
  withConsent,
  withdrawn,
} from "../../test/case-with-items";
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
import { type CaseState, CaseStateSchema } from "./case-state";
import { caseCommandTypes, executeCaseCommand } from "./execute-case-command";
import { provenanceOf } from "./provenance";

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

/** The JSON a release before provenance stored: person ids only, meetings without any. */
function storedBeforeProvenance(state: CaseState) {
  const json = JSON.parse(JSON.stringify(state));
  for (const meeting of json.meetings) {
    delete meeting.scheduledBy;
    delete meeting.heldRecordedBy;
  }
  for (const version of [...json.agreements.organisational, ...json.agreements.citizen]) {
    version.savedByPersonId = version.savedBy.personId;
    delete version.savedBy;
  }
  for (const consent of json.consents) {
    consent.recordedByPersonId = consent.recordedBy.personId;
    consent.withdrawalRecordedByPersonId = consent.withdrawalRecordedBy?.personId ?? null;
    delete consent.recordedBy;
    delete consent.withdrawalRecordedBy;
  }
  return json;
}

describe("meetings stored before place, video link and invitations (R7)", () => {
  it("load with no place, no link and nobody invited", () => {
    const json = JSON.parse(JSON.stringify(caseWithItems()));
    expect(json.meetings.length).toBeGreaterThan(0);
    for (const meeting of json.meetings) {
      delete meeting.place;
      delete meeting.videoLink;
      delete meeting.invitedPersonIds;
    }
    for (const meeting of CaseStateSchema.parse(json).meetings) {
      expect(meeting).toMatchObject({ place: null, videoLink: null, invitedPersonIds: [] });
    }
  });

  it("refuses a stored video link that is not http(s)", () => {
    const json = JSON.parse(JSON.stringify(caseWithItems()));
    json.meetings[0].videoLink = "javascript:alert(1)";
    expect(CaseStateSchema.safeParse(json).success).toBe(false);
  });
});

describe("states stored before provenance (R4)", () => {
  const legacy = () => storedBeforeProvenance(withdrawn(withConsent(caseWithItems()), T5));

  it("R4/R7: meetings are credited to the current coordinator's organisation, marked inferred", () => {
    const restored = CaseStateSchema.parse(legacy());
    const [convened, held] = restored.meetings;
    // m1 was convened by the coordinator (Karen, municipality), dated at activation.
    expect(convened?.scheduledBy).toEqual({
      personId: contactPerson.personId,
      name: contactPerson.name,
      organisationId: KOMMUNE,
      recordedAt: restored.activation?.activatedAt,
      inferred: true,
    });
    expect(convened?.heldRecordedBy).toBeNull();
    // m2 was in fact recorded by the region's psychiatrist: the old data cannot tell, so the
    // minutes go to the coordinator's organisation (R7: the coordinator writes them).
    expect(held?.scheduledBy).toBeNull();
    expect(held?.heldRecordedBy).toMatchObject({
      personId: contactPerson.personId,
      organisationId: KOMMUNE,
      recordedAt: held?.heldAt,
      inferred: true,
    });
  });

  it("R4: agreement versions and consents get the organisation the case gives their recorder", () => {
    const restored = CaseStateSchema.parse(legacy());
    expect(restored.agreements.organisational[0]?.savedBy).toEqual({
      personId: psychiatrist.personId,
      name: psychiatrist.name,
      organisationId: REGION,
      recordedAt: restored.agreements.organisational[0]?.savedAt,
      inferred: true,
    });
    const [consent] = restored.consents;
    expect(consent?.recordedBy).toMatchObject({ organisationId: REGION, inferred: true });
    expect(consent?.withdrawalRecordedBy).toMatchObject({
      personId: contactPerson.personId,
      organisationId: KOMMUNE,
      recordedAt: T5,
      inferred: true,
    });
    expect(caseInvariantViolations(restored)).toEqual([]);
  });

  it("R4: a recorder the case does not know is credited to the initiator's organisation", () => {
    const json = legacy();
    json.agreements.organisational[0].savedByPersonId = "p-unknown";
    json.team.coordinatorPersonId = null;
    const restored = CaseStateSchema.parse(json);
    expect(restored.agreements.organisational[0]?.savedBy).toMatchObject({
      personId: contactPerson.personId,
      organisationId: contactPerson.organisationId,
      inferred: true,
    });
    expect(restored.meetings[0]?.scheduledBy).toMatchObject({
      personId: contactPerson.personId,
      inferred: true,
    });
  });

  it("keeps recorded provenance as it is", () => {
    const state = withConsent(caseWithItems());
    const restored = CaseStateSchema.parse(JSON.parse(JSON.stringify(state)));
    expect(restored).toEqual(state);
    expect(restored.meetings[1]?.heldRecordedBy).toMatchObject({
      organisationId: REGION,
      inferred: false,
    });
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
    expect(caseCommandTypes).toHaveLength(21);
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
            savedBy: provenanceOf(contactPerson, T3),
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
    const [held] = caseWithItems().meetings.filter((m) => m.status === "held");
    if (!held) throw new Error("expected a held meeting");
    expect(
      caseInvariantViolations({ ...active, meetings: [{ ...held, heldRecordedBy: null }] }),
    ).toEqual([`R4: meeting ${held.meetingId} held without its recorder, or the reverse`]);
  });
});
