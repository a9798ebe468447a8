import type { Actor } from "../actors/actor";
import type { AgreementKind } from "../agreements/agreement-schemas";
import type { SignatoryCapacity } from "../agreements/agreement-version";
import type { ConsentPurpose } from "../consent/consent";
import type { DeadlineState } from "../deadline/deadline-status";
import type { ExclusionAlternative } from "../initiative/exclusion";
import type { CitizenStance, InitiativeReasons } from "../initiative/initiative";
import type { MeetingKind } from "../meetings/meeting";
import type { CaseStatus, Sector } from "../vocabulary";
import type { ClosingReason } from "./closing";

/** What each event says beyond the envelope. Events are facts, named in the past tense. */
export interface CaseEventPayloads {
  /** R2/R5: routed to a leader of the initiator's own unit. */
  InitiativeRegistered: {
    citizenId: string;
    initiativeAt: Date;
    reasons: InitiativeReasons;
    citizenStance: CitizenStance;
    routedTo: { organisationId: string; unitId: string; role: "leader" };
    firstMeetingDeadline: Date;
  };
  CitizenStanceRecorded: { stance: CitizenStance; note: string | null };
  /** R3: the citizen rejects all help; names the alternatives. */
  CaseExcluded: { reason: "citizen_rejects_all_help"; alternatives: ExclusionAlternative[] };
  InitiativeEndorsed: { note: string | null };
  InitiativeDeclined: { reason: string };
  /** R6: a participating leader asked another organisation's leaders to take part. */
  OrganisationInvited: { organisationId: string };
  /** R6: an invited organisation's leader said no, for their own organisation. */
  InvitationDeclined: { organisationId: string; reason: string };
  /** R6: an organisation joined because one of its leaders agreed. */
  OrganisationJoined: { organisationId: string; organisationName: string | null; sector: Sector };
  CaseActivated: {
    organisationIds: string[];
    sectors: Sector[];
    coordinatorPersonId: string;
    memberPersonIds: string[];
  };
  TeamMemberAdded: { personId: string; organisationId: string; role: string };
  TeamMemberUpdated: { personId: string };
  TeamMemberRemoved: { personId: string; reason: string | null };
  CoordinatorAppointed: { personId: string; previousPersonId: string | null };
  MeetingScheduled: {
    meetingId: string;
    kind: MeetingKind;
    scheduledFor: Date;
    citizenInvited: boolean;
  };
  /** R8/R9: `firstCollaborationMeeting` marks the meeting that decides the R9 deadline. */
  MeetingHeld: {
    meetingId: string;
    kind: MeetingKind;
    heldAt: Date;
    citizenPresent: boolean;
    firstCollaborationMeeting: boolean;
    deadlineState: DeadlineState | null;
  };
  AgreementDraftSaved: { agreement: AgreementKind; version: number; newVersion: boolean };
  AgreementSignatureAdded: {
    agreement: AgreementKind;
    version: number;
    signAs: SignatoryCapacity;
    organisationId: string | null;
  };
  /** R10/R11: every required signature is there; this version is now frozen. */
  AgreementSigned: { agreement: AgreementKind; version: number };
  ConsentRecorded: {
    consentId: string;
    organisationIds: string[];
    purpose: ConsentPurpose;
    givenAt: Date;
    expiresAt: Date | null;
  };
  ConsentWithdrawn: { consentId: string; withdrawnAt: Date };
  /** R4: a registration was a mistake; it no longer counts (not a withdrawal by the citizen). */
  ConsentRegistrationCorrected: { consentId: string };
  /** R13: one notice, acknowledged by each recipient. */
  ChangeNoticeIssued: { noticeId: string; recipientPersonIds: string[] };
  ChangeNoticeAcknowledged: { noticeId: string; personId: string };
  CaseClosed: { reason: ClosingReason; note: string | null; previousStatus: CaseStatus };
}

export type CaseEventType = keyof CaseEventPayloads;

export const caseEventTypes = [
  "InitiativeRegistered",
  "CitizenStanceRecorded",
  "CaseExcluded",
  "InitiativeEndorsed",
  "InitiativeDeclined",
  "OrganisationInvited",
  "InvitationDeclined",
  "OrganisationJoined",
  "CaseActivated",
  "TeamMemberAdded",
  "TeamMemberUpdated",
  "TeamMemberRemoved",
  "CoordinatorAppointed",
  "MeetingScheduled",
  "MeetingHeld",
  "AgreementDraftSaved",
  "AgreementSignatureAdded",
  "AgreementSigned",
  "ConsentRecorded",
  "ConsentWithdrawn",
  "ConsentRegistrationCorrected",
  "ChangeNoticeIssued",
  "ChangeNoticeAcknowledged",
  "CaseClosed",
] as const satisfies readonly CaseEventType[];

/** Stamped on every event: which case, which version it produced, when, by whom. */
export interface CaseEventEnvelope {
  caseId: string;
  /** The case version this event produced (several events of one command share it). */
  caseVersion: number;
  occurredAt: Date;
  actor: Actor;
}

export type PendingCaseEvent = {
  [Type in CaseEventType]: { type: Type } & CaseEventPayloads[Type];
}[CaseEventType];

export type CaseEvent = PendingCaseEvent & CaseEventEnvelope;

export type CaseEventOf<Type extends CaseEventType> = Extract<CaseEvent, { type: Type }>;
