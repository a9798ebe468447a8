import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Actor } from "../src/actors/actor";
import { isLeaderOfUnit } from "../src/actors/actor";
import { caseInvariantViolations } from "../src/cases/case-invariants";
import type { CaseState } from "../src/cases/case-state";
import { type CaseCommand, executeCaseCommand } from "../src/cases/execute-case-command";
import { participatingSectors } from "../src/cases/sectors";
import { registerInitiative } from "../src/initiative/register-initiative";
import { completeCitizenAgreement, completeOrganisationalAgreement } from "./agreement-fixtures";
import {
  activeCase,
  analyst,
  contactPerson,
  gpLeader,
  memberFrom,
  municipalLeader,
  otherUnitLeader,
  psychiatrist,
  regionLeader,
  registerInput,
  secondMunicipalLeader,
  T0,
} from "./fixtures";

// Leaders are drawn more often: most rules are about what leaders may do.
const actors: Actor[] = [
  contactPerson,
  contactPerson,
  municipalLeader,
  municipalLeader,
  municipalLeader,
  otherUnitLeader,
  regionLeader,
  regionLeader,
  regionLeader,
  psychiatrist,
  psychiatrist,
  gpLeader,
  secondMunicipalLeader,
  analyst,
];
const people = [
  contactPerson,
  psychiatrist,
  municipalLeader,
  regionLeader,
  gpLeader,
  secondMunicipalLeader,
];
const personId = fc.constantFrom(...people.map((p) => p.personId), "p-nobody");
const person = fc.constantFrom(...people);
const smallId = fc.constantFrom("a", "b", "c");
const hours = (n: number) => n * 3_600_000;

const saveDraft: fc.Arbitrary<CaseCommand> = fc
  .record({
    kind: fc.constantFrom("organisational", "citizen") as fc.Arbitrary<
      "organisational" | "citizen"
    >,
    complete: fc.constantFrom(true, true, true, false),
    goal: fc.constantFrom("Mål A", "Mål B"),
  })
  .map(({ kind, complete, goal }) => {
    const content =
      kind === "organisational"
        ? complete
          ? { ...completeOrganisationalAgreement, overallGoal: goal }
          : { citizenName: "Jens" }
        : complete
          ? { ...completeCitizenAgreement, teamGoal: goal }
          : { citizenName: "Jens" };
    return { type: "saveAgreementDraft" as const, payload: { kind, content } } as CaseCommand;
  });

const sign: fc.Arbitrary<CaseCommand> = fc
  .record({
    kind: fc.constantFrom("organisational", "citizen") as fc.Arbitrary<
      "organisational" | "citizen"
    >,
    version: fc.integer({ min: 1, max: 2 }),
    signAs: fc.constantFrom("leader", "team", "citizen") as fc.Arbitrary<
      "leader" | "team" | "citizen"
    >,
  })
  .map((payload) => ({ type: "signAgreement" as const, payload }));

const activate: fc.Arbitrary<CaseCommand> = fc
  .uniqueArray(
    fc.constantFrom(contactPerson, psychiatrist, municipalLeader, regionLeader, gpLeader),
    {
      minLength: 1,
      maxLength: 4,
      selector: (p) => p.personId,
    },
  )
  .chain((members) =>
    fc
      .oneof(
        { weight: 4, arbitrary: fc.constantFrom(...members.map((m) => m.personId)) },
        { weight: 1, arbitrary: personId },
      )
      .map((coordinator) => ({
        type: "activateCase" as const,
        payload: {
          members: members.map((m) => memberFrom(m)),
          coordinatorPersonId: coordinator,
        },
      })),
  );

const invite: fc.Arbitrary<CaseCommand> = fc
  .constantFrom(regionLeader, gpLeader, secondMunicipalLeader, municipalLeader)
  .map((partner) => ({
    type: "inviteOrganisation" as const,
    payload: { organisationId: partner.organisationId },
  }));

/** Random commands with payloads from small domains, so that many of them succeed. */
const command: fc.Arbitrary<CaseCommand> = fc.oneof(
  {
    weight: 1,
    arbitrary: fc
      .constantFrom("accepts_help", "rejects_all_help", "ambivalent")
      .map((stance) => ({ type: "recordCitizenStance" as const, payload: { stance } })),
  },
  { weight: 6, arbitrary: fc.constant({ type: "endorseInitiative" as const, payload: {} }) },
  {
    weight: 1,
    arbitrary: fc.constant({ type: "declineInitiative" as const, payload: { reason: "Nej" } }),
  },
  { weight: 3, arbitrary: invite },
  {
    weight: 1,
    arbitrary: fc.constant({
      type: "declineInvitation" as const,
      payload: { reason: "Ikke relevant for os" },
    }),
  },
  { weight: 8, arbitrary: fc.constant({ type: "joinCase" as const, payload: {} }) },
  { weight: 8, arbitrary: activate },
  {
    weight: 3,
    arbitrary: person.map((p) => ({
      type: "addTeamMember" as const,
      payload: { member: memberFrom(p) },
    })),
  },
  {
    weight: 4,
    arbitrary: fc
      .record({ id: personId, next: fc.option(personId, { nil: null }) })
      .map(({ id, next }) => ({
        type: "removeTeamMember" as const,
        payload: { personId: id, newCoordinatorPersonId: next },
      })),
  },
  {
    weight: 2,
    arbitrary: personId.map((id) => ({
      type: "appointCoordinator" as const,
      payload: { personId: id },
    })),
  },
  {
    weight: 1,
    arbitrary: personId.map((id) => ({
      type: "updateTeamMember" as const,
      payload: { personId: id, tasks: "Ny opgave" },
    })),
  },
  {
    weight: 2,
    arbitrary: fc
      .record({
        id: smallId,
        kind: fc.constantFrom("collaboration", "preparatory") as fc.Arbitrary<
          "collaboration" | "preparatory"
        >,
        ahead: fc.integer({ min: 1, max: 500 }),
      })
      .map(({ id, kind, ahead }) => ({
        type: "scheduleMeeting" as const,
        payload: { meetingId: id, kind, scheduledFor: new Date(T0.getTime() + hours(ahead)) },
      })),
  },
  {
    weight: 3,
    arbitrary: fc
      .record({
        id: smallId,
        kind: fc.constantFrom("collaboration", "preparatory") as fc.Arbitrary<
          "collaboration" | "preparatory"
        >,
        present: fc.boolean(),
      })
      .map(({ id, kind, present }) => ({
        type: "recordMeetingHeld" as const,
        payload: {
          meetingId: id,
          kind,
          heldAt: new Date(T0.getTime() + hours(1)),
          citizenPresent: present,
        },
      })),
  },
  { weight: 5, arbitrary: saveDraft },
  { weight: 14, arbitrary: sign },
  {
    weight: 2,
    arbitrary: smallId.map((id) => ({
      type: "recordConsent" as const,
      payload: {
        consentId: id,
        method: "oral" as const,
        organisationIds: ["aarhus-kommune", "region-midt-psykiatri"],
        givenAt: T0,
      },
    })),
  },
  {
    weight: 1,
    arbitrary: smallId.map((id) => ({
      type: "withdrawConsent" as const,
      payload: { consentId: id },
    })),
  },
  {
    weight: 2,
    arbitrary: smallId.map((id) => ({
      type: "recordInterventionChange" as const,
      payload: { noticeId: id, description: "Ændring" },
    })),
  },
  {
    weight: 2,
    arbitrary: smallId.map((id) => ({
      type: "acknowledgeChangeNotice" as const,
      payload: { noticeId: id },
    })),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom("goal_reached", "deceased")
      .map((reason) => ({ type: "closeCase" as const, payload: { reason } })),
  },
);

/** Agreement-heavy commands by people on the active case, to reach signed versions often. */
const agreementCommand: fc.Arbitrary<CaseCommand> = fc.oneof(
  { weight: 3, arbitrary: saveDraft },
  { weight: 10, arbitrary: sign },
  { weight: 3, arbitrary: command },
);
const agreementStep = fc.record({
  actor: fc.constantFrom(contactPerson, psychiatrist, municipalLeader, regionLeader),
  command: agreementCommand,
  minutes: fc.integer({ min: 1, max: 600 }),
});

const anyStep = fc.record({
  actor: fc.constantFrom(...actors),
  command,
  minutes: fc.integer({ min: 1, max: 600 }),
});
/**
 * R5/R6: the steps that move a case forward, by the leaders most likely to be allowed to
 * take them, so that enough walks reach an active case for the property to mean something.
 */
const leaderStep = fc.record({
  actor: fc.constantFrom(municipalLeader, regionLeader),
  command: fc.oneof(
    fc.constant({ type: "endorseInitiative" as const, payload: {} }),
    fc.constant({
      type: "inviteOrganisation" as const,
      payload: { organisationId: regionLeader.organisationId },
    }),
    fc.constant({ type: "joinCase" as const, payload: {} }),
    activate,
  ),
  minutes: fc.integer({ min: 1, max: 600 }),
});
const step = fc.oneof({ weight: 3, arbitrary: anyStep }, { weight: 1, arbitrary: leaderStep });

type Step = { actor: Actor; command: CaseCommand; minutes: number };

/**
 * Applies the steps one by one, checking after every accepted command what must always
 * hold. Returns whether the walk saw an active case and how many versions got signed.
 */
function walk(initial: CaseState, start: Date, steps: Step[]) {
  let state = initial;
  let now = start;
  let wasActive = false;
  const signed = new Map<string, string>();
  for (const { actor, command, minutes } of steps) {
    now = new Date(now.getTime() + minutes * 60_000);
    const before = JSON.stringify(state);
    const result = executeCaseCommand(state, command, { actor, now });
    // Commands never mutate the state they are given.
    expect(JSON.stringify(state)).toBe(before);
    if (!result.ok) {
      expect(result.error.message.da).toBeTruthy();
      continue;
    }
    expect(result.state.version).toBe(state.version + 1);
    expect(result.events.length).toBeGreaterThan(0);
    expect(result.events.every((e) => e.caseVersion === result.state.version)).toBe(true);
    state = result.state;

    expect(caseInvariantViolations(state)).toEqual([]);
    if (state.status === "active") {
      wasActive = true;
      // R5 + R6: never active without the initiator's own leader's endorsement and two sectors.
      expect(state.endorsement?.decision).toBe("endorsed");
      expect(
        isLeaderOfUnit(state.endorsement?.decidedBy as Actor, state.initiative.initiator),
      ).toBe(true);
      expect(participatingSectors(state).length).toBeGreaterThanOrEqual(2);
      // R7: exactly one coordinator, always a current member.
      expect(state.team.members.map((m) => m.personId)).toContain(state.team.coordinatorPersonId);
    }
    // R3: an excluded case is never activated.
    if (state.status === "excluded") expect(state.activation).toBeNull();
    // R10/R11: a signed version never changes afterwards.
    for (const kind of ["organisational", "citizen"] as const) {
      for (const version of state.agreements[kind]) {
        const key = `${kind}:${version.version}`;
        const frozen = signed.get(key);
        if (frozen !== undefined) expect(JSON.stringify(version)).toBe(frozen);
        else if (version.status === "signed") signed.set(key, JSON.stringify(version));
      }
    }
  }
  return { wasActive, signedVersions: signed.size };
}

describe("life cycle — properties over random command sequences", () => {
  it("R3/R5/R6/R7: from registration, no sequence reaches an active case without endorsement and two sectors", () => {
    let reachedActive = 0;
    fc.assert(
      fc.property(
        fc.constantFrom("accepts_help", "accepts_some_help", "ambivalent", "rejects_all_help"),
        fc.array(step, { minLength: 1, maxLength: 120, size: "max" }),
        (stance, steps) => {
          const now = new Date(T0.getTime() + hours(2));
          const registered = registerInitiative(
            { ...registerInput, initiativeAt: T0, citizenStance: stance },
            { actor: contactPerson, now },
          );
          if (!registered.ok) throw new Error(registered.error.code);
          if (walk(registered.state, now, steps).wasActive) reachedActive++;
        },
      ),
      { numRuns: 300 },
    );
    // The property is only worth something if the random walks reach active cases.
    expect(reachedActive).toBeGreaterThan(10);
  }, 120_000);

  it("R7/R10/R11: from an active case, the coordinator stays a member and signed agreements never change", () => {
    let signedVersions = 0;
    fc.assert(
      fc.property(
        fc.array(agreementStep, { minLength: 1, maxLength: 80, size: "max" }),
        (steps) => {
          signedVersions += walk(activeCase(), T0, steps).signedVersions;
        },
      ),
      { numRuns: 300 },
    );
    expect(signedVersions).toBeGreaterThan(10);
  }, 120_000);
});
