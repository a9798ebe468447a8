import { describe, expect, it } from "vitest";
import {
  analyst,
  contactPerson,
  ctx,
  expectError,
  expectOk,
  initiatedCase,
  municipalLeader,
  otherUnitLeader,
  psychiatrist,
  registerInput,
  T0,
  T1,
} from "../../test/fixtures";
import { declineInitiative, endorseInitiative } from "./endorse-initiative";
import { recordCitizenStance } from "./record-citizen-stance";
import { registerInitiative } from "./register-initiative";

describe("R2/R5 registerInitiative", () => {
  it("R5: records who took the initiative, their organisation and unit, and routes it to their own leader", () => {
    const { state, events } = expectOk(registerInitiative(registerInput, ctx(contactPerson, T1)));
    expect(state.status).toBe("initiated");
    expect(state.version).toBe(1);
    expect(state.initiative.initiator).toEqual(contactPerson);
    expect(state.initiative.initiativeAt).toEqual(T0);
    expect(state.initiative.registeredAt).toEqual(T1);
    expect(state.initiative.routedTo).toEqual({
      organisationId: "aarhus-kommune",
      unitId: "socialpsykiatri-nord",
      role: "leader",
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: "InitiativeRegistered",
      caseId: "case-1",
      caseVersion: 1,
      occurredAt: T1,
      actor: contactPerson,
      firstMeetingDeadline: new Date("2025-04-03T21:59:59.999Z"),
    });
  });

  it("R2: any staff member or leader may register, from any sector", () => {
    expectOk(registerInitiative(registerInput, ctx(psychiatrist, T1)));
    expectOk(registerInitiative(registerInput, ctx(municipalLeader, T1)));
  });

  it("R2: an analyst cannot take the initiative", () => {
    const error = expectError(
      registerInitiative(registerInput, ctx(analyst, T1)),
      "INITIATOR_ROLE_NOT_ALLOWED",
    );
    expect(error.rule).toBe("R2");
  });

  it("R5: initiativeAt may be earlier than registration but never in the future", () => {
    expectOk(registerInitiative({ ...registerInput, initiativeAt: T1 }, ctx(contactPerson, T1)));
    const error = expectError(
      registerInitiative(
        { ...registerInput, initiativeAt: new Date(T1.getTime() + 1) },
        ctx(contactPerson, T1),
      ),
      "INITIATIVE_IN_FUTURE",
    );
    expect(error.rule).toBe("R5");
  });

  it("R1: reasons are structured categories plus free text, and duplicates are merged", () => {
    const { state } = expectOk(
      registerInitiative(
        {
          ...registerInput,
          reasons: { categories: ["substance_abuse", "substance_abuse"], text: "  " },
        },
        ctx(contactPerson, T1),
      ),
    );
    expect(state.initiative.reasons).toEqual({ categories: ["substance_abuse"], text: null });
  });

  it("R1: a reason is required, and 'other' must be explained", () => {
    expectError(
      registerInitiative(
        { ...registerInput, reasons: { categories: [], text: null } },
        ctx(contactPerson, T1),
      ),
      "INVALID_COMMAND",
    );
    const error = expectError(
      registerInitiative(
        { ...registerInput, reasons: { categories: ["other"] } },
        ctx(contactPerson, T1),
      ),
      "INVALID_COMMAND",
    );
    expect(error.rule).toBeNull();
    expect(error.details?.issues).toEqual([expect.objectContaining({ path: "reasons.text" })]);
    expectOk(
      registerInitiative(
        { ...registerInput, reasons: { categories: [], text: "Bekymring" } },
        ctx(contactPerson, T1),
      ),
    );
  });

  it("accepts ISO strings with an offset for instants (JSON callers), but not without one", () => {
    const { state } = expectOk(
      registerInitiative(
        { ...registerInput, initiativeAt: "2025-03-03T10:00:00+01:00" },
        ctx(contactPerson, T1),
      ),
    );
    expect(state.initiative.initiativeAt).toEqual(T0);
    expectError(
      registerInitiative(
        { ...registerInput, initiativeAt: "2025-03-03T10:00:00" },
        ctx(contactPerson, T1),
      ),
      "INVALID_COMMAND",
    );
  });

  it("rejects an invalid actor or clock as INVALID_COMMAND, not by throwing", () => {
    expectError(
      registerInitiative(registerInput, {
        actor: { ...contactPerson, role: "boss" } as never,
        now: T1,
      }),
      "INVALID_COMMAND",
    );
    expectError(
      registerInitiative(registerInput, { actor: contactPerson, now: new Date(Number.NaN) }),
      "INVALID_COMMAND",
    );
    expectError(registerInitiative(registerInput, undefined as never), "INVALID_COMMAND");
  });

  it("R3: a citizen who rejects all help is excluded at once, with the alternatives named", () => {
    const { state, events } = expectOk(
      registerInitiative(
        { ...registerInput, citizenStance: "rejects_all_help" },
        ctx(contactPerson, T1),
      ),
    );
    expect(state.status).toBe("excluded");
    expect(state.exclusion?.alternatives).toEqual([
      "psp_cooperation",
      "coordination_plan_psychiatry_act_13b",
    ]);
    expect(events.map((e) => e.type)).toEqual(["InitiativeRegistered", "CaseExcluded"]);
    expect(events.every((e) => e.caseVersion === 1)).toBe(true);
  });
});

describe("R5 endorseInitiative / declineInitiative", () => {
  it("R5: a leader of the initiator's own unit endorses", () => {
    const { state, events } = expectOk(
      endorseInitiative(initiatedCase(), { note: "OK" }, ctx(municipalLeader)),
    );
    expect(state.status).toBe("endorsed");
    expect(state.version).toBe(2);
    expect(state.endorsement).toMatchObject({
      decision: "endorsed",
      decidedBy: municipalLeader,
      reason: "OK",
    });
    expect(events[0]).toMatchObject({ type: "InitiativeEndorsed", caseVersion: 2 });
  });

  it("R5: a leader of another unit, or a staff member, may not endorse or decline", () => {
    const state = initiatedCase();
    expect(
      expectError(endorseInitiative(state, {}, ctx(otherUnitLeader)), "NOT_INITIATORS_LEADER").rule,
    ).toBe("R5");
    expectError(endorseInitiative(state, {}, ctx(contactPerson)), "NOT_INITIATORS_LEADER");
    expectError(
      declineInitiative(state, { reason: "Nej" }, ctx(otherUnitLeader)),
      "NOT_INITIATORS_LEADER",
    );
  });

  it("R5: declining needs a reason and is final", () => {
    const state = initiatedCase();
    expectError(declineInitiative(state, { reason: " " }, ctx(municipalLeader)), "INVALID_COMMAND");
    const declined = expectOk(
      declineInitiative(state, { reason: "Ikke i målgruppen" }, ctx(municipalLeader)),
    );
    expect(declined.state.status).toBe("declined");
    expect(declined.state.endorsement?.reason).toBe("Ikke i målgruppen");
    const again = expectError(
      endorseInitiative(declined.state, {}, ctx(municipalLeader)),
      "WRONG_CASE_STATUS",
    );
    expect(again.rule).toBe("R5");
    expect(again.details).toEqual({ status: "declined", allowed: ["initiated"] });
  });

  it("R3: an excluded case cannot be endorsed; the error names the alternatives", () => {
    const excluded = expectOk(
      registerInitiative(
        { ...registerInput, citizenStance: "rejects_all_help" },
        ctx(contactPerson, T1),
      ),
    ).state;
    const error = expectError(
      endorseInitiative(excluded, {}, ctx(municipalLeader)),
      "CASE_EXCLUDED",
    );
    expect(error.rule).toBe("R3");
    expect(error.message.da).toContain("PSP-samarbejdet");
    expect(error.message.en).toContain("§13b");
    expect(error.details?.alternatives).toEqual([
      "psp_cooperation",
      "coordination_plan_psychiatry_act_13b",
    ]);
  });

  it("never mutates the state it is given", () => {
    const state = initiatedCase();
    const snapshot = structuredClone(state);
    expectOk(endorseInitiative(state, {}, ctx(municipalLeader)));
    expect(state).toEqual(snapshot);
  });
});

describe("R3 recordCitizenStance", () => {
  it("R3: when the citizen comes to reject all help before activation, the case is excluded", () => {
    const { state, events } = expectOk(
      recordCitizenStance(
        initiatedCase(),
        { stance: "rejects_all_help", note: "Afviser alt" },
        ctx(contactPerson),
      ),
    );
    expect(state.status).toBe("excluded");
    expect(state.citizenStance).toMatchObject({ stance: "rejects_all_help", note: "Afviser alt" });
    expect(events.map((e) => e.type)).toEqual(["CitizenStanceRecorded", "CaseExcluded"]);
  });

  it("records other stances without changing the status", () => {
    const { state } = expectOk(
      recordCitizenStance(initiatedCase(), { stance: "accepts_help" }, ctx(contactPerson)),
    );
    expect(state.status).toBe("initiated");
    expect(state.citizenStance.stance).toBe("accepts_help");
  });

  it("only people on the case record the stance", () => {
    expectError(
      recordCitizenStance(initiatedCase(), { stance: "accepts_help" }, ctx(psychiatrist)),
      "NOT_A_CASE_PARTICIPANT",
    );
  });
});
