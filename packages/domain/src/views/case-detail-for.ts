import type { Actor } from "../actors/actor";
import { agreementCompleteness } from "../agreements/agreement-completeness";
import { agreementDraftFromCase } from "../agreements/agreement-draft-from-case";
import type { AgreementField } from "../agreements/agreement-fields";
import type {
  AgreementKind,
  CitizenAgreementDraft,
  OrganisationalAgreementDraft,
} from "../agreements/agreement-schemas";
import { caseNextMeetingDue, currentAgreement } from "../cases/case-queries";
import type { CaseState } from "../cases/case-state";
import {
  consentLapsesSoon,
  consentStatusByOrganisation,
  type OrganisationConsentStatus,
} from "../consent/consent-status";
import { deadlineApproaching } from "../deadline/deadline-for-case";
import type { NextMeetingDue } from "../meetings/next-meeting-due";
import { type CaseTask, tasksForCase } from "../tasks/tasks-for-case";
import {
  type AgreementSigning,
  agreementSigningFor,
  mayReadAgreementVersion,
} from "./agreement-signing";
import { type CaseActions, caseActionsFor } from "./case-actions";
import type { CaseView } from "./case-view";
import { caseViewFor } from "./case-view-for";
import { informationReach } from "./information-reach";

/**
 * F2: a document that went to the citizen by digital post, as the case records it: what it
 * was made from (a held meeting's minutes, a citizen agreement version), when it was
 * recorded before sources were kept.
 */
export interface CitizenDocumentRecord {
  at: Date;
  title: string;
  kind: string;
  source: { meetingId: string } | { citizenAgreementVersion: number } | null;
}

/** What the case page and its panels need, for one viewer at one instant. */
export interface CaseDetail {
  /** The R4 view (`caseViewFor`). */
  view: CaseView;
  /** R9: the warning the lists show. */
  deadlineApproaching: boolean;
  /** The steps this person may take now (R4–R13); the commands check again. */
  actions: CaseActions;
  /** What waits for this person on the case (the same as their task list shows). */
  tasks: CaseTask[];
  /**
   * R9/R10: when the team should meet next — the R9 deadline until the first collaboration
   * meeting, then the agreed frequency. Only for an active case.
   */
  nextMeeting: NextMeetingDue | null;
  /**
   * R4: for each participating organisation, whether information may reach it now, and why
   * not. Which organisations the consents cover is what every member needs to know whom
   * they may tell what; the consents' details stay in `view`.
   */
  consentStatus: OrganisationConsentStatus[];
  /**
   * R4: consents that lapse within 30 days, to be renewed in time — only those the viewer
   * may see: a consent's expiry is the citizen's information like the rest of it.
   */
  consentsLapsingSoon: Array<{ consentId: string; expiresAt: Date }>;
  /**
   * R10/R11: what the case already knows for each agreement, as far as it reaches the
   * viewer (names and roles always; tasks and reasons as the consent lets them).
   */
  agreementPrefill: {
    organisational: OrganisationalAgreementDraft;
    citizen: CitizenAgreementDraft;
  };
  /**
   * R4, R10/R11: per agreement, how the viewer stands towards signing its latest version —
   * what is missing, or which consent it waits for; `null` when they do not sign it.
   */
  agreementSigning: Record<AgreementKind, AgreementSigning | null>;
  /**
   * R10/R11: per agreement, the fields its latest version still lacks — the check that
   * refuses signing — for everyone who may read that version (the coordinator who sees to
   * it that it is written as well as those who sign); `null` when there is no version yet,
   * it is signed, or the viewer may not read it (R4).
   */
  agreementMissing: Record<AgreementKind, AgreementField[] | null>;
  /**
   * F2: what went to the citizen by digital post and when, for documents made from items
   * the viewer may read; `citizenDocumentsWithheld` counts the others (R4).
   */
  citizenDocuments: Array<{ at: Date; title: string; kind: string }>;
  citizenDocumentsWithheld: number;
}

export interface CaseDetailSources {
  /** Organisation id → name, from the caller's register: agreements name organisations. */
  directory: ReadonlyMap<string, string>;
  /** F2: what the case records as sent to the citizen. */
  citizenDocuments: readonly CitizenDocumentRecord[];
}

/**
 * Everything the case page shows one viewer at `at`, decided here and nowhere else (R4):
 * the view, the steps offered, the person's tasks, consent per organisation, lapsing
 * consents, the agreements' prefill and signing state, the next meeting due and the
 * documents sent to the citizen. `null` when the viewer may not see the case.
 *
 * What reaches a member whose organisation the consent does not cover (R4): the case, the
 * team's names, roles and contact details, the meeting plan and the agreements' signing
 * state — the team's own; nothing recorded for or about the citizen by another
 * organisation: not its items, not the tasks its members do for the citizen, not a
 * consent's expiry, not the titles of documents made from what it wrote.
 */
export function caseDetailFor(
  state: CaseState,
  viewer: Actor,
  at: Date,
  sources: CaseDetailSources,
): CaseDetail | null {
  const view = caseViewFor(state, viewer, at);
  if (!view) return null;
  const reach = informationReach(state.consents, viewer.organisationId, at);
  const consentShown = new Set(
    view.consents.filter((c) => c.details.shown).map((c) => c.consentId),
  );
  return {
    view,
    deadlineApproaching: view.deadline !== null && deadlineApproaching(view.deadline),
    actions: caseActionsFor(state, viewer, at),
    tasks: tasksForCase(state, viewer, at),
    nextMeeting: state.status === "active" ? caseNextMeetingDue(state, at) : null,
    consentStatus: consentStatusByOrganisation(
      state.consents,
      state.organisations.map((o) => o.organisationId),
      at,
    ),
    consentsLapsingSoon: state.consents.flatMap((consent) =>
      consentShown.has(consent.consentId) && consent.expiresAt && consentLapsesSoon(consent, at)
        ? [{ consentId: consent.consentId, expiresAt: consent.expiresAt }]
        : [],
    ),
    agreementPrefill: {
      organisational: withFrequencyNote(
        state,
        agreementDraftFromCase(state, "organisational", sources.directory, reach.reaches),
        reach.reaches,
      ),
      citizen: withFrequencyNote(
        state,
        agreementDraftFromCase(state, "citizen", sources.directory, reach.reaches),
        reach.reaches,
      ),
    },
    agreementSigning: {
      organisational: agreementSigningFor(state, "organisational", viewer, at),
      citizen: agreementSigningFor(state, "citizen", viewer, at),
    },
    agreementMissing: {
      organisational: missingFields(state, "organisational", viewer, at),
      citizen: missingFields(state, "citizen", viewer, at),
    },
    ...citizenDocuments(view, sources.citizenDocuments),
  };
}

function missingFields(
  state: CaseState,
  kind: AgreementKind,
  viewer: Actor,
  at: Date,
): AgreementField[] | null {
  const latest = state.agreements[kind].at(-1);
  if (!latest || latest.status === "signed") return null;
  if (!mayReadAgreementVersion(state, latest, viewer, at)) return null;
  return agreementCompleteness(kind, latest.content).missing;
}

/**
 * R10/R11: the agreed frequency is the team's meeting plan (R7) and reaches everyone; a
 * note written with it is the signed agreement's content and reaches as that does (R4).
 */
function withFrequencyNote<Draft extends { meetingFrequency?: unknown }>(
  state: CaseState,
  draft: Draft,
  reaches: (organisationId: string) => boolean,
): Draft {
  const frequency = draft.meetingFrequency as { note: string | null } | null | undefined;
  if (!frequency?.note) return draft;
  const organisational = currentAgreement(state, "organisational");
  const source = organisational?.content.meetingFrequency
    ? organisational
    : currentAgreement(state, "citizen");
  if (source && reaches(source.savedBy.organisationId)) return draft;
  return { ...draft, meetingFrequency: { ...frequency, note: null } };
}

/**
 * F2/R4: a document sent to the citizen is shown — title and date — to a viewer who may
 * read what it was made from; one recorded without its source (it could be from any of
 * them) only to a viewer whom every participating organisation's information reaches and
 * who may read every held meeting's record and every citizen agreement version.
 */
function citizenDocuments(view: CaseView, documents: readonly CitizenDocumentRecord[]) {
  const meetingShown = new Map(view.meetings.map((m) => [m.meetingId, m.record?.shown === true]));
  const versionShown = new Map(
    view.agreements.citizen.map((v) => [v.version, v.content.shown] as const),
  );
  const reaching = new Set(view.informationFrom);
  const everything =
    view.organisations.every((o) => reaching.has(o.organisationId)) &&
    view.meetings.every((m) => m.record === null || m.record.shown) &&
    view.agreements.citizen.every((v) => v.content.shown);
  const readable = (source: CitizenDocumentRecord["source"]) =>
    source === null
      ? everything
      : "meetingId" in source
        ? meetingShown.get(source.meetingId) === true
        : versionShown.get(source.citizenAgreementVersion) === true;
  const shown = documents.filter((document) => readable(document.source));
  return {
    citizenDocuments: shown.map(({ at, title, kind }) => ({ at, title, kind })),
    citizenDocumentsWithheld: documents.length - shown.length,
  };
}
