import {
  type CaseEvent,
  type CaseState,
  CaseStateSchema,
  caseDeadlineStatus,
  firstCollaborationMeetingHeldAt,
  standingInvitations,
} from "@samstemt/domain";
import type { Prisma, PrismaClient } from "../generated/prisma/client";

/** Someone else saved the case first; reload and try again. */
export class CaseVersionConflictError extends Error {
  constructor(
    readonly caseId: string,
    readonly expectedVersion: number,
  ) {
    super(`Case ${caseId} is no longer at version ${expectedVersion}`);
    this.name = "CaseVersionConflictError";
  }
}

type Reader = Pick<PrismaClient, "case">;
type Writer = Prisma.TransactionClient;

/** The case as the domain models it, or null when there is no such case. */
export async function loadCaseState(db: Reader, caseId: string): Promise<CaseState | null> {
  const row = await db.case.findUnique({ where: { id: caseId }, select: { state: true } });
  return row ? CaseStateSchema.parse(row.state) : null;
}

const asJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;

/** The columns lists, filters and figures read, derived from the state — never set apart. */
function caseColumns(state: CaseState, now: Date) {
  const deadline = caseDeadlineStatus(state, now);
  return {
    status: state.status,
    initiativeAt: state.initiative.initiativeAt,
    reasons: state.initiative.reasons.categories,
    reasonText: state.initiative.reasons.text ?? "",
    endorsedAt: state.endorsement?.decision === "endorsed" ? state.endorsement.decidedAt : null,
    activatedAt: state.activation?.activatedAt ?? null,
    closedAt: state.closure?.closedAt ?? null,
    firstMeetingHeldAt: firstCollaborationMeetingHeldAt(state),
    deadlineAt: deadline.deadline,
    deadlineState: deadline.state,
    deadlineCheckedAt: now,
    state: asJson(state),
    version: state.version,
  };
}

/**
 * Stores a case the domain has just changed: the state, its projections (case columns,
 * invitations, participating organisations, team members, meetings) and the events, in the
 * caller's transaction. `expectedVersion` is the version the command started from (null for
 * a new case); a save that finds another version throws CaseVersionConflictError and the
 * transaction rolls back.
 */
export async function saveCase(
  tx: Writer,
  input: { state: CaseState; events: CaseEvent[]; expectedVersion: number | null; now: Date },
): Promise<void> {
  const { state, events, expectedVersion, now } = input;
  const columns = caseColumns(state, now);
  if (expectedVersion === null) {
    await tx.case.create({
      data: {
        id: state.caseId,
        citizenId: state.citizen.citizenId,
        initiatorId: state.initiative.initiator.personId,
        initiatorUnitId: state.initiative.initiator.unitId,
        ...columns,
      },
    });
  } else {
    const updated = await tx.case.updateMany({
      where: { id: state.caseId, version: expectedVersion },
      data: columns,
    });
    if (updated.count !== 1) throw new CaseVersionConflictError(state.caseId, expectedVersion);
  }
  await writeInvitations(tx, state);
  await writeOrganisations(tx, state);
  await writeTeam(tx, state);
  await writeMeetings(tx, state);
  if (events.length > 0) {
    await tx.caseEvent.createMany({
      data: events.map((event) => ({
        caseId: state.caseId,
        caseVersion: event.caseVersion,
        type: event.type,
        occurredAt: event.occurredAt,
        personId: event.actor.personId,
        payload: asJson(event),
      })),
    });
  }
}

/** Only invitations that still stand: the rows are what invited organisations are shown. */
async function writeInvitations(tx: Writer, state: CaseState): Promise<void> {
  await tx.caseInvitation.deleteMany({ where: { caseId: state.caseId } });
  const standing = standingInvitations(state);
  if (standing.length === 0) return;
  await tx.caseInvitation.createMany({
    data: standing.map((invitation) => ({
      caseId: state.caseId,
      organisationId: invitation.organisationId,
      invitedAt: invitation.invitedAt,
      invitedById: invitation.invitedBy.personId,
    })),
  });
}

async function writeOrganisations(tx: Writer, state: CaseState): Promise<void> {
  await tx.caseOrganisation.deleteMany({ where: { caseId: state.caseId } });
  if (state.organisations.length === 0) return;
  await tx.caseOrganisation.createMany({
    data: state.organisations.map((organisation) => ({
      caseId: state.caseId,
      organisationId: organisation.organisationId,
      agreedAt: organisation.agreedAt,
    })),
  });
}

async function writeTeam(tx: Writer, state: CaseState): Promise<void> {
  await tx.teamMember.deleteMany({ where: { caseId: state.caseId } });
  const current = state.team.members.map((member) => ({
    caseId: state.caseId,
    personId: member.personId,
    task: member.tasks ? `${member.role}: ${member.tasks}` : member.role,
    isCoordinator: member.personId === state.team.coordinatorPersonId,
    notDirectlyInvolved: member.notDirectlyInvolved,
    joinedAt: member.addedAt,
    leftAt: null,
  }));
  const former = state.team.formerMembers.map((member) => ({
    caseId: state.caseId,
    personId: member.personId,
    task: member.role,
    isCoordinator: false,
    notDirectlyInvolved: member.notDirectlyInvolved,
    joinedAt: member.addedAt,
    leftAt: member.removedAt,
  }));
  if (current.length + former.length > 0) {
    await tx.teamMember.createMany({ data: [...current, ...former] });
  }
}

async function writeMeetings(tx: Writer, state: CaseState): Promise<void> {
  await tx.meeting.deleteMany({ where: { caseId: state.caseId } });
  if (state.meetings.length === 0) return;
  await tx.meeting.createMany({
    data: state.meetings.map((meeting) => ({
      id: meeting.meetingId,
      caseId: state.caseId,
      kind: meeting.kind,
      scheduledAt: meeting.scheduledFor,
      heldAt: meeting.heldAt,
      citizenPresent: meeting.citizenPresent,
    })),
  });
}
