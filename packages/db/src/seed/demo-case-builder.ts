import { randomUUID } from "node:crypto";
import {
  type Actor,
  activateCase,
  type CaseCommandResult,
  type CaseEvent,
  type CaseState,
  closeCase,
  declineInitiative,
  endorseInitiative,
  joinCase,
  mayJoinCase,
  recordMeetingHeld,
  registerInitiative,
  scheduleMeeting,
} from "@samstemt/domain";
import type { DemoCase } from "./demo-cases";
import { inviteByEndorser } from "./invite-by-endorser";

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;

export interface DemoActor extends Actor {
  name: string;
  email: string;
  phone: string;
}

export interface DemoDirectory {
  person(username: string): DemoActor;
  /** A leader of the person's own unit (R5). */
  unitLeader(of: DemoActor): DemoActor;
  /** A leader of the organisation (R6). */
  organisationLeader(organisationId: string): DemoActor;
}

/** The directory over the demo people, by username; a missing one is a fault in the demo data. */
export function demoDirectoryOf(byUsername: ReadonlyMap<string, DemoActor>): DemoDirectory {
  const everyone = [...byUsername.values()];
  const find = (predicate: (actor: DemoActor) => boolean, what: string) => {
    const found = everyone.find(predicate);
    if (!found) throw new Error(`Demo data has no ${what}`);
    return found;
  };
  return {
    person: (username) => find((actor) => byUsername.get(username) === actor, username),
    unitLeader: (of) =>
      find(
        (actor) => actor.role === "leader" && actor.unitId === of.unitId,
        `leader of ${of.name}`,
      ),
    organisationLeader: (organisationId) =>
      find(
        (actor) => actor.role === "leader" && actor.organisationId === organisationId,
        `leader in ${organisationId}`,
      ),
  };
}

/**
 * Plays a demo case through the domain's own commands, as staff and leaders would have done
 * it over the weeks before the seed, so the demo data obeys every rule the product enforces.
 */
export function buildDemoCase(
  demo: DemoCase,
  citizenId: string,
  people: DemoDirectory,
  now: Date,
): { state: CaseState; events: CaseEvent[] } {
  const initiator = people.person(demo.initiator);
  const initiativeAt = new Date(now.getTime() - demo.initiativeDaysAgo * DAY);
  const day = (days: number) => new Date(initiativeAt.getTime() + days * DAY + HOUR);
  const events: CaseEvent[] = [];
  const take = (result: CaseCommandResult): CaseState => {
    if (!result.ok) {
      throw new Error(`Demo case ${demo.citizen}: ${result.error.code} ${result.error.message.en}`);
    }
    events.push(...result.events);
    return result.state;
  };

  let state = take(
    registerInitiative(
      {
        caseId: randomUUID(),
        citizen: { citizenId, name: demo.citizen },
        initiativeAt,
        reasons: { categories: demo.reasons, text: demo.reasonText },
        citizenStance: demo.status === "excluded" ? "rejects_all_help" : "accepts_help",
        citizenStanceNote: null,
      },
      { actor: initiator, now: new Date(initiativeAt.getTime() + HOUR) },
    ),
  );
  const leader = people.unitLeader(initiator);
  if (demo.status === "declined") {
    const reason = demo.declineReason ?? "Afvist";
    state = take(declineInitiative(state, { reason }, { actor: leader, now: day(1) }));
  }
  if (demo.endorsedAfterDays !== undefined) {
    const at = day(demo.endorsedAfterDays);
    state = take(endorseInitiative(state, { note: null }, { actor: leader, now: at }));
    for (const username of demo.invitedLeaders ?? []) {
      state = take(inviteByEndorser(state, people.person(username).organisationId, at));
    }
  }
  if (demo.activatedAfterDays !== undefined) {
    state = activate(demo, state, people, day(demo.activatedAfterDays), take);
  }
  const coordinator = demo.members?.find((member) => member.coordinator);
  const coordinatorActor = coordinator ? people.person(coordinator.username) : null;
  for (const meeting of demo.meetings ?? []) {
    const heldAt = day(meeting.heldAfterDays);
    state = take(
      recordMeetingHeld(
        state,
        {
          meetingId: randomUUID(),
          kind: meeting.kind,
          heldAt,
          citizenPresent: meeting.citizenPresent,
          attendeePersonIds: (demo.members ?? []).map((m) => people.person(m.username).personId),
          decisionMinutes: null,
        },
        { actor: coordinatorActor ?? initiator, now: new Date(heldAt.getTime() + 2 * HOUR) },
      ),
    );
  }
  if (demo.plannedInDays !== undefined && coordinatorActor) {
    const scheduledFor = new Date(now.getTime() + demo.plannedInDays * DAY);
    state = take(
      scheduleMeeting(
        state,
        { meetingId: randomUUID(), kind: "collaboration", scheduledFor },
        { actor: coordinatorActor, now },
      ),
    );
  }
  if (demo.closing && demo.closedAfterDays !== undefined) {
    state = take(closeCase(state, demo.closing, { actor: leader, now: day(demo.closedAfterDays) }));
  }
  return { state, events };
}

/**
 * R6: the endorsing leader invites every member's organisation but their own; each joins
 * through one of its own leaders; then one activates.
 */
function activate(
  demo: DemoCase,
  initial: CaseState,
  people: DemoDirectory,
  at: Date,
  take: (result: CaseCommandResult) => CaseState,
): CaseState {
  const members = (demo.members ?? []).map((member) => ({
    ...member,
    actor: people.person(member.username),
  }));
  const organisations = [...new Set(members.map((member) => member.actor.organisationId))];
  let state = initial;
  for (const organisationId of organisations) {
    if (!mayJoinCase(state, organisationId)) {
      state = take(inviteByEndorser(state, organisationId, at));
    }
    const leader = people.organisationLeader(organisationId);
    state = take(joinCase(state, { organisationName: null }, { actor: leader, now: at }));
  }
  const coordinator = members.find((member) => member.coordinator) ?? members[0];
  if (!coordinator) throw new Error(`Demo case ${demo.citizen} has no team`);
  return take(
    activateCase(
      state,
      {
        members: members.map((member) => ({
          personId: member.actor.personId,
          name: member.actor.name,
          organisationId: member.actor.organisationId,
          role: member.task,
          tasks: null,
          contact: { phone: member.actor.phone, email: member.actor.email, other: null },
          notDirectlyInvolved: member.notDirectlyInvolved ?? false,
        })),
        coordinatorPersonId: coordinator.actor.personId,
      },
      { actor: people.organisationLeader(organisations[0] as string), now: at },
    ),
  );
}
