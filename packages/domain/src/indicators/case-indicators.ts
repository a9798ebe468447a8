import { agreementCompleteness } from "../agreements/agreement-completeness";
import type { AgreementKind } from "../agreements/agreement-schemas";
import {
  agreedMeetingFrequency,
  caseNextMeetingDue,
  currentAgreement,
  firstCollaborationMeetingHeldAt,
  pendingAcknowledgements,
} from "../cases/case-queries";
import type { CaseState } from "../cases/case-state";
import type { ClosingReason } from "../cases/closing";
import { participatingSectors } from "../cases/sectors";
import { deadlineForCase } from "../deadline/deadline-for-case";
import type { DeadlineState } from "../deadline/deadline-status";
import type { MeetingFrequency } from "../meetings/meeting";
import { quarterOf } from "../quarter/quarter-of";
import { danishDayNumber, instantMs } from "../time/copenhagen";
import { sectors as allSectors, type CaseStatus, type Sector } from "../vocabulary";
import { meetingsExpected } from "./meetings-expected";
import { type QuarterLabel, quarterLabel } from "./quarter-label";

/** R10/R11 for one agreement: is a version signed, is the latest version complete. */
export interface AgreementIndicators {
  signed: boolean;
  /** The latest version (draft or signed) has every field; false when there is none. */
  complete: boolean;
  missingFields: number;
}

/**
 * One case as the leader dashboard (R12) and the analyst exports count it: flat values, so
 * a database can store one row per case and aggregate with SQL. Dates are instants; each
 * has its Danish quarter beside it; lead times are in Danish calendar days.
 */
export interface CaseIndicators {
  caseVersion: number;
  status: CaseStatus;
  initiativeAt: Date;
  initiativeQuarter: QuarterLabel;
  /** R5: the initiator's own leader endorsed. */
  endorsedAt: Date | null;
  endorsedQuarter: QuarterLabel | null;
  /** R5: the initiator's own leader declined. */
  declined: boolean;
  declinedAt: Date | null;
  /** R3: the citizen rejects all help. */
  excluded: boolean;
  excludedAt: Date | null;
  /** R6. */
  activatedAt: Date | null;
  activatedQuarter: QuarterLabel | null;
  /** R9: the first collaboration meeting held. */
  firstMeetingAt: Date | null;
  firstMeetingQuarter: QuarterLabel | null;
  closedAt: Date | null;
  closedQuarter: QuarterLabel | null;
  closingReason: ClosingReason | null;
  daysToEndorsement: number | null;
  daysToActivation: number | null;
  daysToFirstMeeting: number | null;
  /** R9 as `deadlineForCase` sees it: null where the case has no deadline. Time-dependent. */
  deadlineAt: Date | null;
  deadlineState: DeadlineState | null;
  /** R7. */
  hasCoordinator: boolean;
  organisationalAgreement: AgreementIndicators;
  citizenAgreement: AgreementIndicators;
  /** R10: supervision as the signed organisational agreement says; null before one is signed. */
  supervision: boolean | null;
  meetingFrequency: Pick<MeetingFrequency, "every" | "unit"> | null;
  /** Meetings held, of either kind (a preparatory meeting is a team meeting too). */
  meetingsHeld: number;
  collaborationMeetingsHeld: number;
  /** R8: collaboration meetings the citizen attended. */
  citizenPresentMeetings: number;
  /** Meetings the agreed frequency asks for so far (see `meetingsExpected`). Time-dependent. */
  meetingsExpected: number | null;
  /** For an active case: when its next meeting is due, and whether that has passed. */
  nextMeetingDueAt: Date | null;
  nextMeetingOverdue: boolean;
  /** R13. */
  changeNotices: number;
  /** R13: (notice, current member) pairs not acknowledged yet. */
  pendingAcknowledgements: number;
  /** R6: the sectors of the participating organisations, in the vocabulary's order. */
  sectors: Sector[];
}

/** The values that change with the clock alone: a scheduled job refreshes them. */
export const timeDependentIndicators = [
  "deadlineState",
  "meetingsExpected",
  "nextMeetingOverdue",
] as const satisfies ReadonlyArray<keyof CaseIndicators>;

function danishDaysBetween(from: Date, to: Date | null): number | null {
  if (to === null) return null;
  return danishDayNumber(instantMs(to, "to")) - danishDayNumber(instantMs(from, "from"));
}

const quarterOrNull = (at: Date | null) => (at === null ? null : quarterLabel(quarterOf(at)));

function agreementIndicators(state: CaseState, kind: AgreementKind): AgreementIndicators {
  const latest = state.agreements[kind].at(-1);
  const completeness = latest ? agreementCompleteness(kind, latest.content) : null;
  return {
    signed: currentAgreement(state, kind) !== null,
    complete: completeness?.complete ?? false,
    missingFields: completeness?.missing.length ?? 0,
  };
}

/** R10: supervision yes/no as the signed organisational agreement records it. */
function signedSupervision(state: CaseState): boolean | null {
  const content = currentAgreement(state, "organisational")?.content;
  return content && "supervision" in content ? (content.supervision ?? null) : null;
}

function meetingIndicators(state: CaseState, firstMeetingAt: Date | null, now: Date) {
  const held = state.meetings.filter((m) => m.heldAt !== null);
  const collaboration = held.filter((m) => m.kind === "collaboration");
  const frequency = agreedMeetingFrequency(state);
  const next = state.status === "active" ? caseNextMeetingDue(state, now) : null;
  return {
    meetingFrequency: frequency && { every: frequency.every, unit: frequency.unit },
    meetingsHeld: held.length,
    collaborationMeetingsHeld: collaboration.length,
    citizenPresentMeetings: collaboration.filter((m) => m.citizenPresent === true).length,
    meetingsExpected: meetingsExpected({
      frequency,
      firstMeetingAt,
      until: state.closure?.closedAt ?? now,
    }),
    nextMeetingDueAt: next?.due ?? null,
    nextMeetingOverdue: next?.overdue ?? false,
  };
}

/**
 * Everything the dashboard and the exports count about one case at `now`, decided once
 * here so SQL over stored rows and the domain over states can never disagree.
 *
 * @example
 * caseIndicators(state, new Date()).deadlineState; // "open" | "overdue" | "met" | "missed" | null
 */
export function caseIndicators(state: CaseState, now: Date): CaseIndicators {
  const endorsement = state.endorsement;
  const endorsedAt = endorsement?.decision === "endorsed" ? endorsement.decidedAt : null;
  const declinedAt = endorsement?.decision === "declined" ? endorsement.decidedAt : null;
  const activatedAt = state.activation?.activatedAt ?? null;
  const firstMeetingAt = firstCollaborationMeetingHeldAt(state);
  const closedAt = state.closure?.closedAt ?? null;
  const initiativeAt = state.initiative.initiativeAt;
  const deadline = deadlineForCase(
    { status: state.status, initiativeAt, firstMeetingHeldAt: firstMeetingAt },
    now,
  );
  const taking = new Set(participatingSectors(state));
  const coordinator = state.team.coordinatorPersonId;
  return {
    caseVersion: state.version,
    status: state.status,
    initiativeAt,
    initiativeQuarter: quarterLabel(quarterOf(initiativeAt)),
    endorsedAt,
    endorsedQuarter: quarterOrNull(endorsedAt),
    declined: state.status === "declined",
    declinedAt,
    excluded: state.status === "excluded",
    excludedAt: state.exclusion?.decidedAt ?? null,
    activatedAt,
    activatedQuarter: quarterOrNull(activatedAt),
    firstMeetingAt,
    firstMeetingQuarter: quarterOrNull(firstMeetingAt),
    closedAt,
    closedQuarter: quarterOrNull(closedAt),
    closingReason: state.closure?.reason ?? null,
    daysToEndorsement: danishDaysBetween(initiativeAt, endorsedAt),
    daysToActivation: danishDaysBetween(initiativeAt, activatedAt),
    daysToFirstMeeting: danishDaysBetween(initiativeAt, firstMeetingAt),
    deadlineAt: deadline?.deadline ?? null,
    deadlineState: deadline?.state ?? null,
    hasCoordinator:
      coordinator !== null && state.team.members.some((m) => m.personId === coordinator),
    organisationalAgreement: agreementIndicators(state, "organisational"),
    citizenAgreement: agreementIndicators(state, "citizen"),
    supervision: signedSupervision(state),
    ...meetingIndicators(state, firstMeetingAt, now),
    changeNotices: state.changeNotices.length,
    pendingAcknowledgements: pendingAcknowledgements(state).length,
    sectors: allSectors.filter((sector) => taking.has(sector)),
  };
}
