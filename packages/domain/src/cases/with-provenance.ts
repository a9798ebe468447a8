import type { Actor } from "../actors/actor";
import type { Agreements } from "../agreements/agreement-version";
import type { Consent } from "../consent/consent";
import type { Meeting } from "../meetings/meeting";
import type { Provenance } from "./provenance";

/** The parts of a stored state that tell who is who: every actor and team member on it. */
interface KnownPeople {
  initiative: { initiator: Actor; registeredAt: Date };
  citizenStance: { recordedBy: Actor };
  endorsement: { decidedBy: Actor } | null;
  exclusion: { decidedBy: Actor } | null;
  organisations: ReadonlyArray<{ agreedBy: Actor }>;
  invitations: ReadonlyArray<{ invitedBy: Actor; declined: { declinedBy: Actor } | null }>;
  activation: { activatedBy: Actor; activatedAt: Date } | null;
  team: {
    members: ReadonlyArray<{ personId: string; name: string; organisationId: string }>;
    formerMembers: ReadonlyArray<{ personId: string; name: string; organisationId: string }>;
    coordinatorPersonId: string | null;
  };
  changeNotices: ReadonlyArray<{ recordedBy: Actor }>;
  closure: { closedBy: Actor } | null;
}

type StoredVersion<Version> = Omit<Version, "savedBy"> & {
  savedBy?: Provenance | undefined;
  savedByPersonId?: string | undefined;
};

/** A state as stored, whose meetings, agreement versions and consents may lack provenance. */
interface StoredItems extends KnownPeople {
  meetings: ReadonlyArray<
    Omit<Meeting, "scheduledBy" | "heldRecordedBy"> & {
      scheduledBy?: Provenance | null | undefined;
      heldRecordedBy?: Provenance | null | undefined;
    }
  >;
  agreements: {
    organisational: ReadonlyArray<StoredVersion<Agreements["organisational"][number]>>;
    citizen: ReadonlyArray<StoredVersion<Agreements["citizen"][number]>>;
  };
  consents: ReadonlyArray<
    Omit<Consent, "recordedBy" | "withdrawalRecordedBy"> & {
      recordedBy?: Provenance | undefined;
      recordedByPersonId?: string | undefined;
      withdrawalRecordedBy?: Provenance | null | undefined;
      withdrawalRecordedByPersonId?: string | null | undefined;
    }
  >;
}

/** Everyone the state names, with the organisation they acted for. */
function peopleOf(
  state: KnownPeople,
): Map<string, { name: string | null; organisationId: string }> {
  const people = new Map<string, { name: string | null; organisationId: string }>();
  const add = (person: { personId: string; name?: string | undefined; organisationId: string }) => {
    if (!people.has(person.personId)) {
      people.set(person.personId, {
        name: person.name ?? null,
        organisationId: person.organisationId,
      });
    }
  };
  // Team records first: they name the organisation a member works for on this case.
  for (const member of [...state.team.members, ...state.team.formerMembers]) add(member);
  add(state.initiative.initiator);
  add(state.citizenStance.recordedBy);
  if (state.endorsement) add(state.endorsement.decidedBy);
  if (state.exclusion) add(state.exclusion.decidedBy);
  if (state.activation) add(state.activation.activatedBy);
  if (state.closure) add(state.closure.closedBy);
  for (const organisation of state.organisations) add(organisation.agreedBy);
  for (const invitation of state.invitations) {
    add(invitation.invitedBy);
    if (invitation.declined) add(invitation.declined.declinedBy);
  }
  for (const notice of state.changeNotices) add(notice.recordedBy);
  return people;
}

/**
 * R4: gives every item of a state stored before provenance was recorded a provenance, so
 * old cases obey today's consent rules. What is chosen (all marked `inferred: true`):
 *
 * - **Agreement versions** and **consents** named the person who saved or recorded them.
 *   Their organisation is the one the state itself gives that person (their team record, or
 *   any command they took on the case). If the person appears nowhere else on the case, the
 *   initiator's organisation is used: the case began there, and it is where an unknown
 *   recorder most likely worked.
 * - **Meetings** named nobody. Only the coordinator convenes meetings and writes the
 *   decision minutes (R7), so both the scheduling and the held record are credited to the
 *   case's current coordinator and their organisation; without a coordinator, to the
 *   initiator. Scheduling is dated at activation (meetings are only convened on an active
 *   case, so not before), and the held record at the time the meeting was held.
 *
 * Initiative reasons, the citizen's stance, change notices, decisions and closures always
 * stored the whole acting `Actor` with a time, so they need nothing here.
 */
export function withProvenance<State extends StoredItems>(
  state: State,
): Omit<State, "meetings" | "agreements" | "consents"> & {
  meetings: Meeting[];
  agreements: Agreements;
  consents: Consent[];
} {
  const people = peopleOf(state);
  const initiator = state.initiative.initiator;
  const inferred = (personId: string | null | undefined, recordedAt: Date): Provenance => {
    const known = personId ? people.get(personId) : undefined;
    return known && personId
      ? {
          personId,
          name: known.name,
          organisationId: known.organisationId,
          recordedAt,
          inferred: true,
        }
      : {
          personId: initiator.personId,
          name: initiator.name ?? null,
          organisationId: initiator.organisationId,
          recordedAt,
          inferred: true,
        };
  };
  const coordinatorId = state.team.coordinatorPersonId;
  const coordinatorIsMember = state.team.members.some((m) => m.personId === coordinatorId);
  const convener = coordinatorIsMember ? coordinatorId : null;
  const convenedAt = state.activation?.activatedAt ?? state.initiative.registeredAt;

  const meetings: Meeting[] = state.meetings.map((meeting) => ({
    ...meeting,
    scheduledBy:
      meeting.scheduledBy !== undefined
        ? meeting.scheduledBy
        : meeting.scheduledFor === null
          ? null
          : inferred(convener, convenedAt),
    heldRecordedBy:
      meeting.heldRecordedBy !== undefined
        ? meeting.heldRecordedBy
        : meeting.heldAt === null
          ? null
          : inferred(convener, meeting.heldAt),
  }));
  const upgradeVersion = <Version extends { savedAt: Date }>({
    savedByPersonId,
    savedBy,
    ...version
  }: Version & { savedBy?: Provenance | undefined; savedByPersonId?: string | undefined }) => ({
    ...version,
    savedBy: savedBy ?? inferred(savedByPersonId, version.savedAt),
  });
  const agreements: Agreements = {
    organisational: state.agreements.organisational.map(upgradeVersion),
    citizen: state.agreements.citizen.map(upgradeVersion),
  };
  const consents: Consent[] = state.consents.map(
    ({ recordedByPersonId, withdrawalRecordedByPersonId, ...consent }) => ({
      ...consent,
      recordedBy: consent.recordedBy ?? inferred(recordedByPersonId, consent.recordedAt),
      withdrawalRecordedBy:
        consent.withdrawalRecordedBy !== undefined
          ? consent.withdrawalRecordedBy
          : consent.withdrawnAt === null
            ? null
            : inferred(withdrawalRecordedByPersonId, consent.withdrawnAt),
    }),
  );
  return { ...state, meetings, agreements, consents };
}
