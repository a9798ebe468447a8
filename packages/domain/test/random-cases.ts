import fc from "fast-check";
import type { Actor } from "../src/actors/actor";
import type { CaseState } from "../src/cases/case-state";
import { type CaseCommand, executeCaseCommand } from "../src/cases/execute-case-command";
import { consentPurposes } from "../src/consent/consent";
import { registerInitiative } from "../src/initiative/register-initiative";
import { completeCitizenAgreement, completeOrganisationalAgreement } from "./agreement-fixtures";
import {
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

/**
 * Random cases for property tests: walks of random commands from a registration, by the
 * people below, with every free text marked with the organisation that wrote it.
 */
export const gpDoctor: Actor = {
  ...gpLeader,
  personId: "p-laege-2",
  name: "Gitte Læge",
  role: "staff",
};
export const people: Actor[] = [
  contactPerson,
  municipalLeader,
  otherUnitLeader,
  regionLeader,
  psychiatrist,
  gpLeader,
  gpDoctor,
  secondMunicipalLeader,
  analyst,
];
export const organisations = [
  contactPerson.organisationId,
  regionLeader.organisationId,
  gpLeader.organisationId,
  secondMunicipalLeader.organisationId,
];
export const DAY = 86_400_000;

/**
 * Every free text about the citizen names the organisation that wrote it, so a view can be
 * searched for information that came from somewhere the consent does not reach.
 */
export const secret = (actor: Actor, what: string) =>
  `hemmeligt fra ${actor.organisationId}: ${what}`;
export const SECRET = /hemmeligt fra ([a-z-]+):/g;

/** A command one actor gives, at `now`, on the case as it stands (for ids such as versions). */
export type Build = (actor: Actor, now: Date, state: CaseState) => CaseCommand;
/**
 * A consent's expiry lies this many days after it is recorded, plus an odd number of
 * milliseconds: no other instant on a case has them, so an expiry is recognised wherever it
 * turns up in a payload.
 */
export const EXPIRY_MARK_MS = 4_321;
const id = fc.constantFrom("a", "b", "c");
const build: fc.Arbitrary<Build> = fc.oneof(
  fc.constant<Build>((a) => ({
    type: "recordCitizenStance",
    payload: { stance: "ambivalent", note: secret(a, "tvivler") },
  })),
  fc.constant<Build>((a) => ({ type: "endorseInitiative", payload: { note: secret(a, "ok") } })),
  fc.constant<Build>((a) => ({ type: "declineInitiative", payload: { reason: secret(a, "nej") } })),
  fc.constantFrom(...organisations).map<Build>((organisationId) => () => ({
    type: "inviteOrganisation",
    payload: { organisationId },
  })),
  fc.constant<Build>((a) => ({ type: "declineInvitation", payload: { reason: secret(a, "nej") } })),
  fc.constant<Build>(() => ({ type: "joinCase", payload: {} })),
  fc
    .subarray([contactPerson, psychiatrist, gpDoctor, regionLeader], { minLength: 1 })
    .map<Build>((members) => () => ({
      type: "activateCase",
      payload: {
        // R4: a member's tasks are what their organisation does for the citizen.
        members: members.map((m) => memberFrom(m, { tasks: secret(m, "opgave") })),
        coordinatorPersonId: members[0]?.personId ?? "",
      },
    })),
  fc.constantFrom(contactPerson, psychiatrist, gpDoctor).map<Build>((m) => () => ({
    type: "addTeamMember",
    payload: { member: memberFrom(m, { tasks: secret(m, "opgave") }) },
  })),
  fc.constantFrom(contactPerson, psychiatrist, gpDoctor).map<Build>((m) => () => ({
    type: "updateTeamMember",
    payload: { personId: m.personId, tasks: secret(m, "depotmedicin") },
  })),
  fc.constantFrom(contactPerson, psychiatrist, gpDoctor).map<Build>((m) => () => ({
    type: "removeTeamMember",
    payload: { personId: m.personId, newCoordinatorPersonId: psychiatrist.personId },
  })),
  id.map<Build>((meetingId) => () => ({
    type: "scheduleMeeting",
    payload: { meetingId, kind: "collaboration", scheduledFor: new Date(T0.getTime() + 300 * DAY) },
  })),
  fc
    .record({ meetingId: id, citizenPresent: fc.boolean() })
    .map<Build>(({ meetingId, citizenPresent }) => (a) => ({
      type: "recordMeetingHeld",
      payload: {
        meetingId,
        kind: "collaboration",
        heldAt: new Date(T0.getTime() + DAY),
        citizenPresent,
        decisionMinutes: secret(a, "referat"),
      },
    })),
  fc.constantFrom("organisational", "citizen").map<Build>(
    (kind) => (a) =>
      kind === "organisational"
        ? {
            type: "saveAgreementDraft",
            payload: { kind, content: { overallGoal: secret(a, "mål") } },
          }
        : {
            type: "saveAgreementDraft",
            payload: { kind: "citizen", content: { citizenGoal: secret(a, "mål") } },
          },
  ),
  fc
    .record({
      consentId: id,
      organisationIds: fc.subarray(organisations, { minLength: 2 }),
      purpose: fc.constantFrom(...consentPurposes),
      method: fc.constantFrom("oral" as const, "written" as const),
      expiresInDays: fc.option(fc.integer({ min: 1, max: 90 })),
    })
    .map<Build>(({ expiresInDays, ...consent }) => (a, now) => ({
      type: "recordConsent",
      // Given a day before it is recorded.
      payload: {
        ...consent,
        givenAt: new Date(now.getTime() - DAY),
        expiresAt:
          expiresInDays === null
            ? null
            : new Date(now.getTime() + expiresInDays * DAY + EXPIRY_MARK_MS),
        note: secret(a, "samtykke"),
      },
    })),
  id.map<Build>((consentId) => () => ({ type: "withdrawConsent", payload: { consentId } })),
  // R10/R11: complete drafts, so that signing is sometimes possible.
  fc.constantFrom("organisational", "citizen").map<Build>(
    (kind) => (a) =>
      kind === "organisational"
        ? {
            type: "saveAgreementDraft",
            payload: {
              kind,
              content: { ...completeOrganisationalAgreement, overallGoal: secret(a, "mål") },
            },
          }
        : {
            type: "saveAgreementDraft",
            payload: {
              kind: "citizen",
              content: { ...completeCitizenAgreement, citizenGoal: secret(a, "mål") },
            },
          },
  ),
  fc
    .record({
      kind: fc.constantFrom("organisational" as const, "citizen" as const),
      signAs: fc.constantFrom("leader" as const, "team" as const, "citizen" as const),
    })
    .map<Build>(({ kind, signAs }) => (_a, _now, state) => ({
      type: "signAgreement",
      payload: { kind, signAs, version: state.agreements[kind].at(-1)?.version ?? 1 },
    })),
  id.map<Build>((consentId) => (a) => ({
    type: "correctConsentRegistration",
    payload: { consentId, reason: secret(a, "fejlregistreret") },
  })),
  id.map<Build>((noticeId) => (a) => ({
    type: "recordInterventionChange",
    payload: { noticeId, description: secret(a, "ændring") },
  })),
  id.map<Build>((noticeId) => () => ({ type: "acknowledgeChangeNotice", payload: { noticeId } })),
  fc.constant<Build>((a) => ({
    type: "closeCase",
    payload: { reason: "other", note: secret(a, "lukket") },
  })),
);
const anyStep = fc.record({
  actor: fc.constantFrom(...people),
  build,
  hours: fc.integer({ min: 1, max: 24 * 10 }),
});
/** R5/R6: the steps that move a case forward, by the leaders allowed to take them. */
const progressStep = fc.oneof(
  fc.record({
    actor: fc.constant(municipalLeader),
    build: fc.constantFrom<Build>(
      () => ({ type: "endorseInitiative", payload: {} }),
      () => ({ type: "joinCase", payload: {} }),
      () => ({
        type: "inviteOrganisation",
        payload: { organisationId: regionLeader.organisationId },
      }),
      () => ({ type: "inviteOrganisation", payload: { organisationId: gpLeader.organisationId } }),
    ),
    hours: fc.constant(1),
  }),
  fc.record({
    actor: fc.constantFrom(regionLeader, gpLeader),
    build: fc.constant<Build>(() => ({ type: "joinCase", payload: {} })),
    hours: fc.constant(1),
  }),
);
export const step = fc.oneof(
  { weight: 3, arbitrary: anyStep },
  { weight: 1, arbitrary: progressStep },
);

/**
 * A case reached by a random walk of commands; most are refused, many succeed. It starts
 * from a fresh registration, or from `start` (e.g. an active case, which random walks
 * seldom reach).
 */
export function walk(
  steps: Array<{ actor: Actor; build: Build; hours: number }>,
  start?: { state: CaseState; now: Date },
) {
  const registered = registerInitiative(
    {
      ...registerInput,
      reasons: { categories: ["other"], text: secret(contactPerson, "grund") },
      citizenStanceNote: secret(contactPerson, "holdning"),
    },
    { actor: contactPerson, now: T0 },
  );
  if (!registered.ok) throw new Error(registered.error.code);
  let state: CaseState = start?.state ?? registered.state;
  let now = start?.now ?? T0;
  for (const { actor, build: make, hours } of steps) {
    now = new Date(now.getTime() + hours * 3_600_000);
    const command = make(actor, now, state);
    const result = executeCaseCommand(state, command, { actor, now });
    if (result.ok) state = result.state;
  }
  return { state, now };
}
