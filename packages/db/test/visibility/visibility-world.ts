// People in three organisations and random cases among them, made through the domain's own
// commands: what the visibility agreement test compares the database filter and the domain on.
import { randomUUID } from "node:crypto";
import {
  type Actor,
  type CaseCommand,
  type CaseEvent,
  type CaseState,
  executeCaseCommand,
  mayJoinCase,
  type NewTeamMember,
  registerInitiative,
  type Sector,
  type StaffRole,
} from "@samstemt/domain";
import fc from "fast-check";
import { saveCase } from "../../src/cases/case-store";
import type { Database } from "../../src/client/database";
import { fictionalCpr } from "../../src/seed/fictional-cpr";

export type WorldActor = Actor & { name: string };

interface OrganisationPlan {
  label: string;
  sector: Sector;
  units: { label: string; roles: StaffRole[] }[];
}

// Two units in the municipality, so that a leader of the initiator's organisation but not of
// their unit (R5) is there; a general practice that is often only invited (R6); an analyst.
const plan: OrganisationPlan[] = [
  {
    label: "Kommune",
    sector: "municipality",
    units: [
      { label: "Socialpsykiatri", roles: ["leader", "staff", "staff"] },
      { label: "Jobcenter", roles: ["leader", "staff"] },
    ],
  },
  {
    label: "Region",
    sector: "region",
    units: [
      { label: "Distriktspsykiatri", roles: ["leader", "staff", "analyst"] },
      { label: "Sengeafsnit", roles: ["leader"] },
    ],
  },
  {
    label: "Lægehus",
    sector: "general_practice",
    units: [{ label: "Klinik", roles: ["leader", "staff"] }],
  },
];

/** Creates the world's organisations, units and people; returns them as the domain sees them. */
export async function createVisibilityWorld(database: Database): Promise<WorldActor[]> {
  const tag = randomUUID().slice(0, 8);
  const people: WorldActor[] = [];
  for (const organisationPlan of plan) {
    const organisation = await database.prisma.organisation.create({
      data: { name: `${organisationPlan.label} ${tag}`, sector: organisationPlan.sector },
    });
    for (const unitPlan of organisationPlan.units) {
      const unit = await database.prisma.unit.create({
        data: { organisationId: organisation.id, name: `${unitPlan.label} ${tag}` },
      });
      for (const [index, role] of unitPlan.roles.entries()) {
        const username = `${unitPlan.label}-${role}-${index}-${tag}`.toLowerCase();
        const person = await database.prisma.person.create({
          data: {
            unitId: unit.id,
            username,
            name: `${unitPlan.label} ${role} ${index}`,
            title: role,
            role,
            email: `${username}@test.invalid`,
          },
        });
        people.push({
          personId: person.id,
          name: person.name,
          organisationId: organisation.id,
          unitId: unit.id,
          sector: organisationPlan.sector,
          role,
        });
      }
    }
  }
  return people;
}

const stepKinds = [
  "endorse",
  "decline",
  "invite",
  "join",
  "declineInvitation",
  "activate",
  "addMember",
  "removeMember",
  "appointCoordinator",
  "close",
] as const;
type StepKind = (typeof stepKinds)[number];

/**
 * One step of a case's story. Most steps are *guided*: the actor and the people in the
 * payload are picked, when the step is played, among those for whom the command can succeed
 * (a leader of a participating organisation, a current member…), because random people are
 * almost always refused and the cases would never get a team. Unguided steps pick anyone.
 */
interface Step {
  kind: StepKind;
  guided: boolean;
  /** A guided step does what suits the case's status, chosen by this number. */
  choice: number;
  actor: number;
  picks: number[];
}

/** A case's story: who takes the initiative, then the steps. */
export interface CaseScript {
  initiator: number;
  rejectsAllHelp: boolean;
  steps: Step[];
}

const stepKind: fc.Arbitrary<StepKind> = fc.oneof(
  { weight: 4, arbitrary: fc.constant("endorse" as const) },
  { weight: 1, arbitrary: fc.constant("decline" as const) },
  { weight: 4, arbitrary: fc.constant("invite" as const) },
  { weight: 6, arbitrary: fc.constant("join" as const) },
  { weight: 1, arbitrary: fc.constant("declineInvitation" as const) },
  { weight: 4, arbitrary: fc.constant("activate" as const) },
  { weight: 4, arbitrary: fc.constant("addMember" as const) },
  { weight: 5, arbitrary: fc.constant("removeMember" as const) },
  { weight: 2, arbitrary: fc.constant("appointCoordinator" as const) },
  { weight: 1, arbitrary: fc.constant("close" as const) },
);

export const caseScript: fc.Arbitrary<CaseScript> = fc.record({
  initiator: fc.nat(1000),
  // R3: now and then the citizen rejects all help and the case is excluded at once.
  rejectsAllHelp: fc.constantFrom(false, false, false, false, false, false, true),
  steps: fc.array(
    fc.record({
      kind: stepKind,
      guided: fc.constantFrom(true, true, true, true, true, false),
      choice: fc.nat(1000),
      actor: fc.nat(1000),
      picks: fc.array(fc.nat(1000), { minLength: 1, maxLength: 4 }),
    }),
    { maxLength: 40, size: "medium" },
  ),
});

const member = (person: WorldActor): NewTeamMember => ({
  personId: person.personId,
  name: person.name,
  organisationId: person.organisationId,
  role: "Kontaktperson",
  tasks: null,
  contact: { phone: null, email: "medlem@test.invalid", other: null },
  notDirectlyInvolved: false,
});

const pick = <T>(from: readonly T[], n: number): T | undefined => from[n % from.length];

/** What a guided step may do on this state; repeated entries are likelier. */
function sensibleSteps(state: CaseState, people: readonly WorldActor[]): readonly StepKind[] {
  const participating = new Set(state.organisations.map((o) => o.organisationId));
  const sectors = new Set(state.organisations.map((o) => o.sector));
  const outside = people.filter((p) => p.role === "leader" && !participating.has(p.organisationId));
  const mayJoin = outside.some((p) => mayJoinCase(state, p.organisationId));
  const mayBeInvited = outside.some((p) => !mayJoinCase(state, p.organisationId));
  switch (state.status) {
    case "initiated":
      return ["endorse", "endorse", "endorse", "endorse", "endorse", "endorse", "decline"];
    case "endorsed":
      return [
        ...(mayJoin
          ? (["join", "join", "join", "join", "join", "declineInvitation"] as const)
          : []),
        ...(mayBeInvited ? (["invite", "invite"] as const) : []),
        ...(sectors.size >= 2 ? (["activate", "activate", "activate", "activate"] as const) : []),
      ];
    case "active":
      return [
        "addMember",
        "addMember",
        "removeMember",
        "removeMember",
        "removeMember",
        "appointCoordinator",
        ...(mayJoin ? (["join"] as const) : []),
        ...(mayBeInvited ? (["invite"] as const) : []),
        "close",
      ];
    default:
      return stepKinds;
  }
}

/** The command a step stands for on this state, and who issues it. */
function playStep(
  state: CaseState,
  people: readonly WorldActor[],
  step: Step,
): { actor: WorldActor; command: CaseCommand } | null {
  const participating = new Set(state.organisations.map((o) => o.organisationId));
  const currentIds = state.team.members.map((m) => m.personId);
  const leaders = people.filter((p) => p.role === "leader");
  const participatingLeaders = leaders.filter((p) => participating.has(p.organisationId));
  const inParticipating = people.filter((p) => participating.has(p.organisationId));
  const guided = <T>(candidates: readonly T[], all: readonly T[]) =>
    step.guided && candidates.length > 0 ? candidates : all;
  const [first = 0, ...rest] = step.picks;
  const byId = (id: string) => people.find((p) => p.personId === id);
  const initiator = state.initiative.initiator;
  let actors: readonly WorldActor[] = people;
  let command: CaseCommand | null = null;
  const kind = step.guided
    ? (pick(sensibleSteps(state, people), step.choice) ?? step.kind)
    : step.kind;
  switch (kind) {
    case "endorse":
    case "decline":
      actors = guided(
        leaders.filter((p) => p.unitId === initiator.unitId),
        people,
      );
      command =
        kind === "endorse"
          ? { type: "endorseInitiative", payload: { note: null } }
          : { type: "declineInitiative", payload: { reason: "Ikke relevant" } };
      break;
    case "invite": {
      const endorser = state.endorsement?.decidedBy.personId;
      actors = guided(
        leaders.filter((p) => p.personId === endorser || participating.has(p.organisationId)),
        people,
      );
      const organisations = [...new Set(people.map((p) => p.organisationId))];
      const organisationId = pick(
        guided(
          organisations.filter((id) => !participating.has(id) && !mayJoinCase(state, id)),
          organisations,
        ),
        first,
      );
      if (organisationId) command = { type: "inviteOrganisation", payload: { organisationId } };
      break;
    }
    case "join":
    case "declineInvitation":
      actors = guided(
        leaders.filter(
          (p) => !participating.has(p.organisationId) && mayJoinCase(state, p.organisationId),
        ),
        people,
      );
      command =
        kind === "join"
          ? { type: "joinCase", payload: { organisationName: null } }
          : { type: "declineInvitation", payload: { reason: "Nej tak" } };
      break;
    case "activate": {
      actors = guided(participatingLeaders, people);
      const candidates = guided(inParticipating, people);
      const members = [...new Set(step.picks.map((n) => pick(candidates, n)))].filter(
        (p): p is WorldActor => p !== undefined,
      );
      const coordinator = members[0];
      if (coordinator) {
        command = {
          type: "activateCase",
          payload: { members: members.map(member), coordinatorPersonId: coordinator.personId },
        };
      }
      break;
    }
    case "addMember": {
      actors = guided(participatingLeaders, people);
      const newcomer = pick(
        guided(
          inParticipating.filter((p) => !currentIds.includes(p.personId)),
          people,
        ),
        first,
      );
      if (newcomer) command = { type: "addTeamMember", payload: { member: member(newcomer) } };
      break;
    }
    case "removeMember": {
      actors = guided(participatingLeaders, people);
      const gone = pick(
        guided(
          currentIds,
          people.map((p) => p.personId),
        ),
        first,
      );
      const next = pick(
        currentIds.filter((id) => id !== gone),
        rest[0] ?? 0,
      );
      if (gone) {
        command = {
          type: "removeTeamMember",
          payload: { personId: gone, newCoordinatorPersonId: next ?? null, reason: null },
        };
      }
      break;
    }
    case "appointCoordinator": {
      actors = guided(participatingLeaders, people);
      const chosen = pick(
        guided(
          currentIds,
          people.map((p) => p.personId),
        ),
        first,
      );
      if (chosen && byId(chosen)) {
        command = { type: "appointCoordinator", payload: { personId: chosen } };
      }
      break;
    }
    case "close":
      actors = guided(participatingLeaders, people);
      command = { type: "closeCase", payload: { reason: "goal_reached", note: null } };
      break;
  }
  const actor = pick(actors, step.actor);
  return command && actor ? { actor, command } : null;
}

const T0 = new Date("2026-01-05T09:00:00Z");
const later = (hours: number) => new Date(T0.getTime() + hours * 3_600_000);
// Its own range of fictional CPR numbers, apart from src/testing.ts's and the demo seed's.
let cprSerial = 5_000_000 + Math.floor(Math.random() * 1_000_000);

/**
 * Plays a script through the domain: refused commands change nothing, as in the product.
 * Returns the final state and every event on the way.
 */
export function playScript(
  people: readonly WorldActor[],
  script: CaseScript,
  citizen: { citizenId: string; name: string },
  onRefused?: (command: CaseCommand, code: string) => void,
): { state: CaseState; events: CaseEvent[] } {
  const proposers = people.filter((p) => p.role !== "analyst");
  const initiator = pick(proposers, script.initiator);
  if (!initiator) throw new Error("the world has nobody who may take the initiative");
  const registered = registerInitiative(
    {
      caseId: randomUUID(),
      citizen,
      initiativeAt: T0,
      reasons: { categories: ["self_harm"], text: null },
      citizenStance: script.rejectsAllHelp ? "rejects_all_help" : "accepts_help",
      citizenStanceNote: null,
    },
    { actor: initiator, now: T0 },
  );
  if (!registered.ok) throw new Error(`registerInitiative: ${registered.error.code}`);
  let state = registered.state;
  const events: CaseEvent[] = [...registered.events];
  for (const [index, step] of script.steps.entries()) {
    const played = playStep(state, people, step);
    if (!played) continue;
    const result = executeCaseCommand(state, played.command, {
      actor: played.actor,
      now: later(index + 1),
    });
    if (!result.ok) {
      onRefused?.(played.command, result.error.code);
      continue;
    }
    state = result.state;
    events.push(...result.events);
  }
  return { state, events };
}

/** Plays a script and stores the case with its projections, as the product saves it. */
export async function storeScriptedCase(
  database: Database,
  people: readonly WorldActor[],
  script: CaseScript,
): Promise<CaseState> {
  const citizen = await database.prisma.citizen.create({
    data: { name: `Borger ${randomUUID().slice(0, 6)}`, cpr: fictionalCpr(cprSerial++) },
  });
  const { state, events } = playScript(people, script, {
    citizenId: citizen.id,
    name: citizen.name,
  });
  const now = later(script.steps.length + 1);
  await database.prisma.$transaction((tx) =>
    saveCase(tx, { state, events, expectedVersion: null, now }),
  );
  return state;
}
