// Random cases made the way the product makes them — through the domain's commands — for
// property tests over stored rows. People are real rows, so every projection's foreign keys hold.
import { randomUUID } from "node:crypto";
import {
  type Actor,
  type CaseCommand,
  type CaseEvent,
  type CaseState,
  executeCaseCommand,
  registerInitiative,
} from "@samstemt/domain";
import fc from "fast-check";
import type { PrismaClient, Sector, StaffRole } from "../../src/generated/prisma/client";
import { fictionalCpr } from "../../src/seed/fictional-cpr";

export interface Cast {
  /** Per organisation: its leader and one member of staff. */
  organisations: Array<{ id: string; sector: Sector; leader: Actor; staff: Actor }>;
}

/** Three organisations in three sectors, each with a leader and a member of staff. */
export async function seedCast(
  prisma: PrismaClient,
  tag = randomUUID().slice(0, 8),
): Promise<Cast> {
  const sectors: Sector[] = ["region", "municipality", "general_practice"];
  const organisations = [];
  for (const sector of sectors) {
    const organisation = await prisma.organisation.create({
      data: { name: `${sector} ${tag}`, sector },
    });
    const unit = await prisma.unit.create({
      data: { organisationId: organisation.id, name: `${sector} enhed ${tag}` },
    });
    const person = async (role: StaffRole): Promise<Actor> => {
      const username = `${sector}-${role}-${tag}`;
      const created = await prisma.person.create({
        data: {
          unitId: unit.id,
          username,
          name: `${role} ${sector} ${tag}`,
          title: role,
          role,
          email: `${username}@test.invalid`,
        },
      });
      return {
        personId: created.id,
        name: created.name,
        organisationId: organisation.id,
        unitId: unit.id,
        sector,
        role,
      };
    };
    organisations.push({
      id: organisation.id,
      sector,
      leader: await person("leader"),
      staff: await person("staff"),
    });
  }
  return { organisations };
}

const DAY = 86_400_000;

/** One step of a walk: which command, by whom (indexes into the cast), and days later. */
export interface StepScript {
  kind: number;
  who: number;
  other: number;
  flag: boolean;
  days: number;
  minutes: number;
}

export interface CaseScript {
  initiator: number;
  /** Milliseconds after 2025-01-01 for the initiative. */
  offsetMs: number;
  stance: "accepts_help" | "ambivalent" | "rejects_all_help";
  steps: StepScript[];
}

const stepScript: fc.Arbitrary<StepScript> = fc.record({
  // Moving the case on is drawn most often, closing least: walks must reach active cases.
  kind: fc.oneof(
    { weight: 6, arbitrary: fc.constant(0) },
    { weight: 12, arbitrary: fc.integer({ min: 3, max: 13 }) },
    { weight: 1, arbitrary: fc.constant(14) },
  ),
  who: fc.nat(5),
  other: fc.nat(5),
  flag: fc.boolean(),
  // Mostly days apart, sometimes weeks: some first meetings keep the R9 month, some miss it.
  days: fc.oneof(
    { weight: 6, arbitrary: fc.constant(0) },
    { weight: 3, arbitrary: fc.nat(3) },
    { weight: 1, arbitrary: fc.nat(40) },
  ),
  minutes: fc.integer({ min: 1, max: 600 }),
});

export const caseScript: fc.Arbitrary<CaseScript> = fc.record({
  initiator: fc.nat(2),
  // Two years of initiatives, so quarters and the clocks changing are crossed.
  offsetMs: fc.integer({ min: 0, max: 730 * DAY }),
  stance: fc.constantFrom(
    "accepts_help",
    "accepts_help",
    "accepts_help",
    "ambivalent",
    "rejects_all_help",
  ),
  steps: fc.array(stepScript, { minLength: 0, maxLength: 40, size: "max" }),
});

const completeOrganisational = {
  citizenName: "Testborger",
  contactPersons: [{ name: "Kontakt", organisation: "Kommune", phone: "12345678", email: null }],
  activationReason: "Gentagne indlæggelser",
  overallGoal: "Stabil bolig",
  goalReachedWhen: "Ingen indlæggelser i et halvt år",
  alignmentWithCitizenGoal: "Borgeren ønsker det samme",
  coordinatorName: "Kontakt",
  teamMembers: [{ name: "Kontakt", organisation: "Kommune", roleOrTasks: "Kontaktperson" }],
  meetingFrequency: { every: 2, unit: "week" as const, note: null },
  supervision: true,
  supervisor: "Supervisor",
  supervisionFunding: "Delt",
  communicationChannels: [{ channel: "Sikker mail", purpose: null }],
};
const completeCitizen = {
  citizenName: "Testborger",
  contactPersons: [{ name: "Kontakt", organisation: null, phone: null, email: null }],
  citizenGoal: "Beholde lejligheden",
  teamGoal: "Færre indlæggelser",
  teamMembers: [{ name: "Kontakt", organisation: "Kommune", roleOrTasks: "Kontaktperson" }],
  citizenExpectations: "At blive hørt",
  teamExpectations: "At møde op",
  meetingFrequency: { every: 1, unit: "month" as const, note: null },
  communicationChannels: [{ channel: "Telefon", purpose: null }],
};
const closingReasons = ["goal_reached", "citizen_moved", "deceased", "other"] as const;

/** R6: a leader of a joined organisation activates with the joined organisations' staff. */
function activation(
  state: CaseState,
  cast: Cast,
  step: StepScript,
): { actor: Actor; command: CaseCommand } {
  const orgs = cast.organisations;
  const org =
    orgs.find((o) => state.organisations.some((p) => p.organisationId === o.id)) ??
    (orgs[0] as Cast["organisations"][number]);
  const joined = orgs.filter((o) => state.organisations.some((p) => p.organisationId === o.id));
  const team = joined.map((o) => ({
    personId: o.staff.personId,
    name: o.staff.name ?? "",
    organisationId: o.id,
    role: "Kontaktperson",
    tasks: null,
    contact: { phone: null, email: "kontakt@test.invalid", other: null },
    notDirectlyInvolved: false,
  }));
  const coordinator = team[step.other % Math.max(1, team.length)]?.personId ?? org.staff.personId;
  return {
    actor: org.leader,
    command: {
      type: "activateCase",
      payload: { members: team, coordinatorPersonId: coordinator },
    },
  };
}

function commandFor(
  state: CaseState,
  cast: Cast,
  step: StepScript,
): { actor: Actor; command: CaseCommand } {
  const orgs = cast.organisations;
  const org = orgs[step.who % orgs.length] as Cast["organisations"][number];
  const members = state.team.members;
  const member = members[step.other % Math.max(1, members.length)];
  const memberActor =
    orgs.flatMap((o) => [o.staff, o.leader]).find((a) => a.personId === member?.personId) ??
    org.staff;
  const noticeId =
    state.changeNotices[step.other % Math.max(1, state.changeNotices.length)]?.noticeId ?? "n";
  const kind = step.flag ? ("organisational" as const) : ("citizen" as const);
  const latest = state.agreements[kind].at(-1)?.version ?? 1;
  switch (step.kind) {
    case 0:
    case 1:
    case 2:
      return advance(state, cast, step) ?? activation(state, cast, step);
    case 3:
      // R5: a decline ends a walk, so it is drawn rarely.
      return step.flag || step.other > 0
        ? { actor: org.leader, command: { type: "joinCase", payload: {} } }
        : {
            actor: org.leader,
            command: { type: "declineInitiative", payload: { reason: "Ikke i målgruppen" } },
          };
    case 4:
      return activation(state, cast, step);
    case 5:
    case 6:
      return {
        actor: memberActor,
        command: {
          type: "recordMeetingHeld",
          payload: {
            meetingId: randomUUID(),
            kind: step.kind === 5 || step.flag ? "collaboration" : "preparatory",
            heldAt: new Date(0), // replaced with `now` by the walk
            citizenPresent: step.kind === 5 && step.flag,
          },
        },
      };
    case 7:
      return {
        actor: memberActor,
        command: {
          type: "saveAgreementDraft",
          payload: {
            kind,
            content:
              step.other % 4 === 0
                ? { citizenName: "Testborger" }
                : kind === "organisational"
                  ? completeOrganisational
                  : completeCitizen,
          },
        },
      };
    case 8:
    case 9:
      return {
        actor: kind === "organisational" ? org.leader : memberActor,
        command: {
          type: "signAgreement",
          payload: {
            kind,
            version: latest,
            signAs: kind === "organisational" ? "leader" : step.kind === 8 ? "team" : "citizen",
          },
        },
      };
    case 10:
      return {
        actor: memberActor,
        command: {
          type: "recordInterventionChange",
          payload: { noticeId: randomUUID(), description: "Ny behandler" },
        },
      };
    case 11:
      return {
        actor: memberActor,
        command: { type: "acknowledgeChangeNotice", payload: { noticeId } },
      };
    case 12:
      return {
        actor: org.leader,
        command: {
          type: "removeTeamMember",
          payload: {
            personId: member?.personId ?? "nobody",
            newCoordinatorPersonId:
              members.find((m) => m.personId !== member?.personId)?.personId ?? null,
          },
        },
      };
    case 13:
      return {
        actor: org.leader,
        command: { type: "appointCoordinator", payload: { personId: memberActor.personId } },
      };
    default: {
      const reason = closingReasons[step.other % closingReasons.length] ?? "goal_reached";
      return {
        actor: org.leader,
        command: {
          type: "closeCase",
          payload: { reason, note: reason === "other" ? "Flyttet sag" : null },
        },
      };
    }
  }
}

/**
 * The next step a case needs to move on (R5 endorse, R6 join/invite/activate), by the leader
 * allowed to take it, so that walks reach active cases often enough to mean something.
 */
function advance(
  state: CaseState,
  cast: Cast,
  step: StepScript,
): { actor: Actor; command: CaseCommand } | null {
  const orgs = cast.organisations;
  const own = orgs.find((o) => o.id === state.initiative.initiator.organisationId);
  if (!own) return null;
  if (state.status === "initiated") {
    return { actor: own.leader, command: { type: "endorseInitiative", payload: {} } };
  }
  if (
    state.status === "active" &&
    !state.meetings.some((m) => m.heldAt && m.kind === "collaboration")
  ) {
    // R9: the first collaboration meeting, convened by the coordinator.
    const coordinator = orgs.find((o) => o.staff.personId === state.team.coordinatorPersonId);
    if (!coordinator) return null;
    return {
      actor: coordinator.staff,
      command: {
        type: "recordMeetingHeld",
        payload: {
          meetingId: randomUUID(),
          kind: "collaboration",
          heldAt: new Date(0),
          citizenPresent: step.flag,
        },
      },
    };
  }
  if (state.status === "active" && state.consents.length === 0 && step.flag) {
    // R4: the citizen's consent between the organisations taking part, so that leaders may
    // read — and so sign — what another organisation wrote.
    return {
      actor: own.leader,
      command: {
        type: "recordConsent",
        payload: {
          consentId: randomUUID(),
          method: "oral",
          organisationIds: state.organisations.map((o) => o.organisationId),
          givenAt: state.initiative.initiativeAt,
        },
      },
    };
  }
  if (state.status === "active") return agreementStep(state, cast, step);
  if (state.status !== "endorsed") return null;
  const joined = (o: Cast["organisations"][number]) =>
    state.organisations.some((p) => p.organisationId === o.id);
  const invited = (o: Cast["organisations"][number]) =>
    (state.invitations ?? []).some((i) => i.organisationId === o.id && i.declined === null);
  if (!joined(own)) return { actor: own.leader, command: { type: "joinCase", payload: {} } };
  if (state.organisations.length >= 2 && step.flag) return null;
  const waiting = orgs.find((o) => invited(o) && !joined(o));
  if (waiting) return { actor: waiting.leader, command: { type: "joinCase", payload: {} } };
  const next = orgs.find((o) => !joined(o) && !invited(o));
  if (next) {
    return {
      actor: own.leader,
      command: { type: "inviteOrganisation", payload: { organisationId: next.id } },
    };
  }
  return null;
}

/** R10: the organisational agreement drafted complete, then signed by each organisation's leader. */
function agreementStep(
  state: CaseState,
  cast: Cast,
  step: StepScript,
): { actor: Actor; command: CaseCommand } | null {
  const orgs = cast.organisations;
  const latest = state.agreements.organisational.at(-1);
  const coordinator = orgs.find((o) => o.staff.personId === state.team.coordinatorPersonId);
  if (!latest || latest.status === "signed") {
    if (!coordinator || latest?.status === "signed") return null;
    return {
      actor: coordinator.staff,
      command: {
        type: "saveAgreementDraft",
        payload: {
          kind: "organisational",
          content: step.flag ? completeOrganisational : { citizenName: "Testborger" },
        },
      },
    };
  }
  const unsigned = orgs.find(
    (o) =>
      state.organisations.some((p) => p.organisationId === o.id) &&
      !latest.signatures.some((signature) => signature.organisationId === o.id),
  );
  if (!unsigned) return null;
  return {
    actor: unsigned.leader,
    command: {
      type: "signAgreement",
      payload: { kind: "organisational", version: latest.version, signAs: "leader" },
    },
  };
}

export interface WalkedCase {
  registered: { state: CaseState; events: CaseEvent[]; at: Date };
  final: { state: CaseState; events: CaseEvent[]; at: Date };
}

/** Registers the initiative, then applies the script's steps; refused commands are skipped. */
export async function walkCase(
  prisma: PrismaClient,
  cast: Cast,
  script: CaseScript,
  serial: number,
): Promise<WalkedCase> {
  const initiator = cast.organisations[script.initiator % cast.organisations.length]
    ?.staff as Actor;
  const citizen = await prisma.citizen.create({
    data: { name: `Borger ${serial}`, cpr: fictionalCpr(serial) },
  });
  const initiativeAt = new Date(Date.UTC(2025, 0, 1) + script.offsetMs);
  const result = registerInitiative(
    {
      caseId: randomUUID(),
      citizen: { citizenId: citizen.id, name: citizen.name },
      initiativeAt,
      reasons: { categories: ["self_harm"], text: null },
      citizenStance: script.stance,
      citizenStanceNote: null,
    },
    { actor: initiator, now: initiativeAt },
  );
  if (!result.ok) throw new Error(result.error.code);
  let state = result.state;
  let now = initiativeAt;
  const events: CaseEvent[] = [];
  for (const step of script.steps) {
    now = new Date(now.getTime() + step.days * DAY + step.minutes * 60_000);
    const { actor, command } = commandFor(state, cast, step);
    const timed =
      command.type === "recordMeetingHeld"
        ? { ...command, payload: { ...command.payload, heldAt: now } }
        : command;
    const next = executeCaseCommand(state, timed, { actor, now });
    if (!next.ok) continue;
    state = next.state;
    events.push(...next.events);
  }
  return {
    registered: { state: result.state, events: result.events, at: initiativeAt },
    final: { state, events, at: now },
  };
}
