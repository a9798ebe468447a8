import { randomUUID } from "node:crypto";
import {
  type CaseIndicators,
  type CaseState,
  type QuarterLabel,
  quarterLabel,
  quarterOf,
  standingInvitations,
} from "@samstemt/domain";
import type { KeyedRow, KeyedTable } from "./keyed-rows";
import { caseVisibilityKeys } from "./visibility-keys";

// The projection tables of a case, each with the domain's key for its rows.

/** R6: only invitations that still stand — the rows are what invited organisations are shown. */
export const invitationTable: KeyedTable = {
  table: "case_invitation",
  key: ["case_id", "organisation_id"],
  columns: ["case_id", "organisation_id", "invited_at", "invited_by_id"],
};
export const invitationRows = (state: CaseState): KeyedRow[] =>
  standingInvitations(state).map((invitation) => ({
    case_id: state.caseId,
    organisation_id: invitation.organisationId,
    invited_at: invitation.invitedAt,
    invited_by_id: invitation.invitedBy.personId,
  }));

/** R6: organisations taking part because one of their leaders agreed. */
export const organisationTable: KeyedTable = {
  table: "case_organisation",
  key: ["case_id", "organisation_id"],
  columns: ["case_id", "organisation_id", "agreed_at"],
};
export const organisationRows = (state: CaseState): KeyedRow[] =>
  state.organisations.map((organisation) => ({
    case_id: state.caseId,
    organisation_id: organisation.organisationId,
    agreed_at: organisation.agreedAt,
  }));

/**
 * R6/R7: current and former members. A membership is keyed by who and when they joined, so
 * a person who leaves and joins again has two rows, and a row's id never changes.
 */
export const teamTable: KeyedTable = {
  table: "team_member",
  key: ["case_id", "person_id", "joined_at"],
  columns: [
    "id",
    "case_id",
    "person_id",
    "joined_at",
    "task",
    "is_coordinator",
    "not_directly_involved",
    "left_at",
  ],
  insertOnly: ["id"],
};
export function teamRows(state: CaseState): KeyedRow[] {
  const current = state.team.members.map((member) => ({
    id: randomUUID(),
    case_id: state.caseId,
    person_id: member.personId,
    joined_at: member.addedAt,
    task: member.tasks ? `${member.role}: ${member.tasks}` : member.role,
    is_coordinator: member.personId === state.team.coordinatorPersonId,
    not_directly_involved: member.notDirectlyInvolved,
    left_at: null,
  }));
  const former = state.team.formerMembers.map((member) => ({
    id: randomUUID(),
    case_id: state.caseId,
    person_id: member.personId,
    joined_at: member.addedAt,
    task: member.role,
    is_coordinator: false,
    not_directly_involved: member.notDirectlyInvolved,
    left_at: member.removedAt,
  }));
  return [...current, ...former];
}

/** R8/R9: meetings, keyed by the domain's meeting id within the case. */
export const meetingTable: KeyedTable = {
  table: "meeting",
  key: ["case_id", "id"],
  columns: ["case_id", "id", "kind", "scheduled_at", "held_at", "citizen_present"],
};
export const meetingRows = (state: CaseState): KeyedRow[] =>
  state.meetings.map((meeting) => ({
    case_id: state.caseId,
    id: meeting.meetingId,
    kind: meeting.kind,
    scheduled_at: meeting.scheduledFor,
    held_at: meeting.heldAt,
    citizen_present: meeting.citizenPresent,
  }));

const indicatorColumns = [
  "case_id",
  "case_version",
  "computed_at",
  "status",
  "initiative_at",
  "initiative_quarter",
  "endorsed_at",
  "endorsed_quarter",
  "declined",
  "declined_at",
  "excluded",
  "excluded_at",
  "activated_at",
  "activated_quarter",
  "first_meeting_at",
  "first_meeting_quarter",
  "closed_at",
  "closed_quarter",
  "closing_reason",
  "days_to_endorsement",
  "days_to_activation",
  "days_to_first_meeting",
  "deadline_at",
  "deadline_state",
  "has_coordinator",
  "organisational_agreement_signed",
  "organisational_agreement_complete",
  "organisational_agreement_missing_fields",
  "citizen_agreement_signed",
  "citizen_agreement_complete",
  "citizen_agreement_missing_fields",
  "supervision",
  "meeting_every",
  "meeting_unit",
  "meetings_held",
  "collaboration_meetings_held",
  "citizen_present_meetings",
  "meetings_expected",
  "next_meeting_due_at",
  "next_meeting_overdue",
  "change_notices",
  "pending_acknowledgements",
  "sectors",
  "sector_count",
  "consent_expiries",
  "collaboration_meeting_quarters",
  "citizen_present_meeting_quarters",
  "visible_to",
] as const;

/** R12: one row per case with the domain's caseIndicators, for SQL aggregation. */
export const indicatorTable: KeyedTable = {
  table: "case_indicator",
  key: ["case_id"],
  columns: indicatorColumns,
};

/**
 * R4: when the standing consents with an expiry lapse, earliest first — so the dashboard can
 * count consents lapsing soon from the indicator row instead of reading every case's state.
 * (The domain's CaseIndicators has no such value yet; see issue 11.)
 */
export const standingConsentExpiries = (state: CaseState): Date[] =>
  state.consents
    .filter((consent) => consent.withdrawnAt === null && consent.expiresAt !== null)
    .map((consent) => consent.expiresAt as Date)
    .sort((a, b) => a.getTime() - b.getTime());

/**
 * R8: the Danish quarter of each collaboration meeting held (with the citizen present, for
 * the second list), oldest first — so the dashboard counts meetings per quarter from the
 * indicator rows it reads anyway, instead of filtering the meeting table by visibility again.
 */
export function collaborationMeetingQuarters(
  state: CaseState,
  which: "all" | "citizenPresent",
): QuarterLabel[] {
  return state.meetings
    .filter((meeting) => meeting.kind === "collaboration" && meeting.heldAt !== null)
    .filter((meeting) => which === "all" || meeting.citizenPresent === true)
    .map((meeting) => meeting.heldAt as Date)
    .sort((a, b) => a.getTime() - b.getTime())
    .map((heldAt) => quarterLabel(quarterOf(heldAt)));
}

/** The row for one case; the record type makes the compiler check every column is set. */
export function indicatorRow(
  state: CaseState,
  indicators: CaseIndicators,
  computedAt: Date,
): Record<(typeof indicatorColumns)[number], unknown> {
  const caseId = state.caseId;
  const i = indicators;
  return {
    case_id: caseId,
    case_version: i.caseVersion,
    computed_at: computedAt,
    status: i.status,
    initiative_at: i.initiativeAt,
    initiative_quarter: i.initiativeQuarter,
    endorsed_at: i.endorsedAt,
    endorsed_quarter: i.endorsedQuarter,
    declined: i.declined,
    declined_at: i.declinedAt,
    excluded: i.excluded,
    excluded_at: i.excludedAt,
    activated_at: i.activatedAt,
    activated_quarter: i.activatedQuarter,
    first_meeting_at: i.firstMeetingAt,
    first_meeting_quarter: i.firstMeetingQuarter,
    closed_at: i.closedAt,
    closed_quarter: i.closedQuarter,
    closing_reason: i.closingReason,
    days_to_endorsement: i.daysToEndorsement,
    days_to_activation: i.daysToActivation,
    days_to_first_meeting: i.daysToFirstMeeting,
    deadline_at: i.deadlineAt,
    deadline_state: i.deadlineState,
    has_coordinator: i.hasCoordinator,
    organisational_agreement_signed: i.organisationalAgreement.signed,
    organisational_agreement_complete: i.organisationalAgreement.complete,
    organisational_agreement_missing_fields: i.organisationalAgreement.missingFields,
    citizen_agreement_signed: i.citizenAgreement.signed,
    citizen_agreement_complete: i.citizenAgreement.complete,
    citizen_agreement_missing_fields: i.citizenAgreement.missingFields,
    supervision: i.supervision,
    meeting_every: i.meetingFrequency?.every ?? null,
    meeting_unit: i.meetingFrequency?.unit ?? null,
    meetings_held: i.meetingsHeld,
    collaboration_meetings_held: i.collaborationMeetingsHeld,
    citizen_present_meetings: i.citizenPresentMeetings,
    meetings_expected: i.meetingsExpected,
    next_meeting_due_at: i.nextMeetingDueAt,
    next_meeting_overdue: i.nextMeetingOverdue,
    change_notices: i.changeNotices,
    pending_acknowledgements: i.pendingAcknowledgements,
    sectors: i.sectors,
    sector_count: i.sectors.length,
    consent_expiries: standingConsentExpiries(state),
    collaboration_meeting_quarters: collaborationMeetingQuarters(state, "all"),
    citizen_present_meeting_quarters: collaborationMeetingQuarters(state, "citizenPresent"),
    visible_to: caseVisibilityKeys(state),
  };
}
