import type { AgreementKind } from "../agreements/agreement-schemas";
import type { Agreements, SignatoryCapacity } from "../agreements/agreement-version";
import type { ClosingReason } from "../cases/closing";
import type { Provenance } from "../cases/provenance";
import type { Consent } from "../consent/consent";
import type { DeadlineStatus } from "../deadline/deadline-status";
import type { ExclusionAlternative } from "../initiative/exclusion";
import type { CitizenStance, InitiativeReasons } from "../initiative/initiative";
import type { MeetingKind } from "../meetings/meeting";
import type { ContactDetails } from "../team/team-member";
import type { CaseStatus, Sector } from "../vocabulary";

/** Why an item is held back from a viewer. */
export const withheldReasons = ["no_consent"] as const;
export type WithheldReason = (typeof withheldReasons)[number];

/**
 * The kinds of items on a case that say something about the citizen (R4). Each is recorded
 * by one organisation and reaches another only as far as the citizen's consent does.
 */
export const caseItemKinds = [
  "initiative_reasons",
  "citizen_stance",
  "endorsement_reason",
  "invitation_decline_reason",
  "meeting_record",
  "agreement_content",
  "consent",
  "change_notice_description",
  "closure",
  "team_member_tasks",
] as const;
export type CaseItemKind = (typeof caseItemKinds)[number];

/**
 * One item about the citizen as one viewer gets it: its content, or only that it exists and
 * why it is held back. Who recorded it is always told, so the viewer knows whom to ask.
 */
export type ViewItem<Content> =
  | { shown: true; recordedBy: Provenance; content: Content }
  | { shown: false; recordedBy: Provenance; withheld: WithheldReason };

/** An item held back, listed once more at the top of the view so a screen can explain it. */
export interface WithheldItem {
  kind: CaseItemKind;
  /** The item's id within its kind (meeting id, `organisational:2`, …; the case id for one-off items). */
  itemId: string;
  /** The organisation that recorded it: information would flow from there. */
  organisationId: string;
  reason: WithheldReason;
}

/** A member of staff as the case names them. Staff data, not the citizen's. */
export interface PersonRef {
  personId: string;
  name: string | null;
  organisationId: string;
}

export interface MeetingRecordView {
  citizenPresent: boolean | null;
  attendeePersonIds: string[];
  decisionMinutes: string | null;
}

export interface AgreementVersionView<Content> {
  version: number;
  status: "draft" | "signing" | "signed";
  savedAt: Date;
  signedAt: Date | null;
  signatures: Array<{
    signAs: SignatoryCapacity;
    signedAt: Date;
    signedBy: PersonRef;
    organisationId: string | null;
    /** R11: for the citizen's signature, how and when the citizen agreed (when recorded). */
    citizenAgreement: { how: "on_paper" | "in_person" | "by_phone"; agreedAt: Date } | null;
  }>;
  content: ViewItem<Content>;
}

export type ConsentDetailsView = Omit<Consent, "consentId" | "recordedBy">;

/**
 * What one viewer may see of a case at one moment (`caseViewFor`). Plain data: dates are
 * `Date`s, everything else JSON. Never the stored `CaseState`: everything about the citizen
 * is a `ViewItem`, held back unless the viewer's organisation recorded it or the citizen's
 * consent lets it flow from the recording organisation to the viewer's (R4).
 */
export interface CaseView {
  caseId: string;
  version: number;
  status: CaseStatus;
  /** The instant the view was made for: consent is judged at this instant. */
  at: Date;
  viewer: PersonRef;
  /**
   * Who the case is about. Shown to everyone who may see the case: applying the model
   * needs no consent (R4), the team was appointed around this citizen (R6) and cannot
   * work — or even recognise the case — without knowing whom it concerns. Nothing else
   * about the citizen is shown without consent.
   */
  citizen: { citizenId: string; name: string };
  /** R9, as it matters in the case's stage (`deadlineForCase`); `null` where it says nothing. */
  deadline: DeadlineStatus | null;
  /**
   * Organisations whose information this viewer may see now: their own, and those the
   * citizen's consent lets information flow from (R4).
   */
  informationFrom: string[];
  initiative: {
    initiator: PersonRef;
    initiativeAt: Date;
    registeredAt: Date;
    reasons: ViewItem<InitiativeReasons>;
  };
  citizenStance: ViewItem<{ stance: CitizenStance; note: string | null }>;
  /** R3: that the citizen was excluded shows in the status; the alternatives guide the team. */
  exclusion: { decidedAt: Date; decidedBy: PersonRef; alternatives: ExclusionAlternative[] } | null;
  endorsement: {
    decision: "endorsed" | "declined";
    decidedAt: Date;
    decidedBy: PersonRef;
    /** `null` when no reason or note was given. */
    reason: ViewItem<string> | null;
  } | null;
  organisations: Array<{
    organisationId: string;
    organisationName: string | null;
    sector: Sector;
    agreedAt: Date;
    agreedBy: PersonRef;
  }>;
  invitations: Array<{
    organisationId: string;
    invitedAt: Date;
    invitedBy: PersonRef;
    implied: boolean;
    declined: { declinedAt: Date; declinedBy: PersonRef; reason: ViewItem<string> } | null;
  }>;
  activation: { activatedAt: Date; activatedBy: PersonRef } | null;
  /**
   * R6/R7: the team — names, roles, how to reach them — is what the team works by; their
   * tasks for the citizen reach the viewer as far as the consent does (R4).
   */
  team: {
    coordinatorPersonId: string | null;
    members: Array<{
      personId: string;
      name: string;
      organisationId: string;
      sector: Sector;
      role: string;
      /**
       * R4: what the member does for the citizen ("depotmedicin hver 14. dag") is the
       * citizen's information, from the member's organisation: `null` when there is none or
       * when the consent keeps it from this viewer (`tasksWithheld`).
       */
      tasks: string | null;
      tasksWithheld: boolean;
      contact: ContactDetails;
      notDirectlyInvolved: boolean;
      coordinator: boolean;
    }>;
    formerMembers: Array<{
      personId: string;
      name: string;
      organisationId: string;
      role: string;
      removedAt: Date;
    }>;
  };
  /**
   * R7: the meeting plan is the team's own logistics (the coordinator convenes the team), so
   * every viewer sees when and what kind; the record of a held meeting — attendance, whether
   * the citizen was there, the decision minutes — is about the citizen.
   */
  meetings: Array<{
    meetingId: string;
    kind: MeetingKind;
    status: "scheduled" | "held";
    scheduledFor: Date | null;
    heldAt: Date | null;
    citizenInvited: boolean;
    /** R7: where, and the video link; team logistics like the time. */
    place: string | null;
    videoLink: string | null;
    /** R7: the team members invited. */
    invitedPersonIds: string[];
    scheduledBy: Provenance | null;
    /** `null` until the meeting is held. */
    record: ViewItem<MeetingRecordView> | null;
  }>;
  /** R10/R11: versions, their signing state and signatures; the content is about the citizen. */
  agreements: {
    [Kind in AgreementKind]: Array<AgreementVersionView<Agreements[Kind][number]["content"]>>;
  };
  consents: Array<{ consentId: string; details: ViewItem<ConsentDetailsView> }>;
  /**
   * R4: registrations corrected as mistakes, for the history. Who corrected and when is told
   * like every provenance; what was registered, and why it was wrong, only as far as the
   * remaining consents reach.
   */
  correctedConsents: Array<{
    consentId: string;
    correctedBy: Provenance;
    details: ViewItem<ConsentDetailsView & { correctionReason: string }>;
  }>;
  /** R13: every recipient sees that a change was notified and who must acknowledge it. */
  changeNotices: Array<{
    noticeId: string;
    effectiveFrom: Date | null;
    recipients: Array<{ personId: string; acknowledgedAt: Date | null }>;
    description: ViewItem<string>;
  }>;
  closure: {
    closedAt: Date;
    closedBy: PersonRef;
    details: ViewItem<{ reason: ClosingReason; note: string | null }>;
  } | null;
  /** Every item held back from this viewer, with why. */
  withheld: WithheldItem[];
}
