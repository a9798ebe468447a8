import type { Actor } from "../actors/actor";
import type { AgreementKind } from "../agreements/agreement-schemas";
import type { SignatoryCapacity } from "../agreements/agreement-version";
import { isCaseParticipant } from "../cases/case-guards";
import type { CaseState } from "../cases/case-state";
import { joinableStatuses, mayJoinCase, standingInvitations } from "../cases/invite-organisation";
import { MINIMUM_SECTORS, participatingSectors } from "../cases/sectors";
import { mayCorrectConsentRegistration } from "../consent/correct-consent-registration";
import type { Sector } from "../vocabulary";
import { agreementSigningFor, mayReadAgreementVersion } from "./agreement-signing";

/** What the viewer can do on the case now, so the case page offers only those steps. */
export interface CaseActions {
  /** R5: endorse or decline the initiative (a leader of the initiator's own unit). */
  decideInitiative: boolean;
  /** R6: join the case for the leader's own organisation. */
  joinCase: boolean;
  /** R6: invite another organisation (a leader standing behind the case). */
  inviteOrganisation: boolean;
  /** R6/R7: activate with a team and a coordinator, once `activation.ready`. */
  activateCase: boolean;
  /** R6/R7: add or remove members, appoint the coordinator. */
  manageTeam: boolean;
  /**
   * R7: the current members whose role, tasks and contact details this person may update —
   * every member for the coordinator or a participating leader, otherwise only themselves.
   */
  editTeamMemberIds: string[];
  /** R7: plan a meeting (the coordinator). */
  scheduleMeeting: boolean;
  /** R7/R8: record a meeting as held, with minutes (any current member). */
  recordMeeting: boolean;
  /** R4: record the citizen's consent, or its withdrawal (anyone taking part in the case). */
  recordConsent: boolean;
  /** R4: consents this person may record as withdrawn (not yet withdrawn). */
  withdrawConsentIds: string[];
  /** R4: consent registrations this person may correct as a mistake (their organisation's). */
  correctConsentIds: string[];
  /** R13: record a change in the own organisation's intervention (a current member). */
  recordChangeNotice: boolean;
  /** R13: change notices waiting for this person's acknowledgement. */
  acknowledgeNoticeIds: string[];
  /** Close the case with a reason (a leader of a participating organisation or the initiator's unit, or the coordinator). */
  closeCase: boolean;
  /**
   * R10/R11: write and save each agreement's draft (anyone taking part, on an active case) —
   * and R4: only when the latest version's content reaches this person, since saving
   * overwrites it, or revises it as a new version once signed.
   */
  editAgreements: Record<AgreementKind, boolean>;
  /**
   * R10/R11: the capacities this person may sign the latest version of each agreement in
   * now — complete, and readable by them (R4). `agreementSigningFor` says why not.
   */
  signAgreement: Record<AgreementKind, SignatoryCapacity[]>;
  /**
   * R6: why the case cannot be activated yet, for a screen to explain: the sectors taking
   * part, how many are needed, and the invitations still waiting for an answer.
   */
  activation: {
    ready: boolean;
    sectors: Sector[];
    minimumSectors: number;
    waitingForOrganisationIds: string[];
  };
}

const isLeaderOf = (actor: Actor, organisationId: string) =>
  actor.role === "leader" && actor.organisationId === organisationId;

/**
 * The actions a person may take on a case at instant `at`, read from the same facts the
 * domain's commands check (R4–R13). The commands decide again when a step is taken; this
 * only keeps the page from offering a step that would be refused — or one about something
 * the person may not read (R4: signing or editing a version the consent keeps from them).
 */
export function caseActionsFor(state: CaseState, actor: Actor, at: Date): CaseActions {
  const initiator = state.initiative.initiator;
  const leaderOfInitiatorsUnit =
    isLeaderOf(actor, initiator.organisationId) && actor.unitId === initiator.unitId;
  const participating = state.organisations.some(
    (organisation) => organisation.organisationId === actor.organisationId,
  );
  const participatingLeader = actor.role === "leader" && participating;
  const joinable = (joinableStatuses as readonly string[]).includes(state.status);
  const active = state.status === "active";
  const member = state.team.members.some((m) => m.personId === actor.personId);
  const sectors = participatingSectors(state);
  return {
    decideInitiative: state.status === "initiated" && leaderOfInitiatorsUnit,
    joinCase:
      joinable &&
      actor.role === "leader" &&
      !participating &&
      mayJoinCase(state, actor.organisationId),
    inviteOrganisation: joinable && (leaderOfInitiatorsUnit || participatingLeader),
    activateCase: state.status === "endorsed" && participatingLeader,
    manageTeam: active && participatingLeader,
    editTeamMemberIds: !active
      ? []
      : state.team.coordinatorPersonId === actor.personId || participatingLeader
        ? state.team.members.map((m) => m.personId)
        : state.team.members.filter((m) => m.personId === actor.personId).map((m) => m.personId),
    scheduleMeeting: active && state.team.coordinatorPersonId === actor.personId,
    recordMeeting: active && member,
    recordConsent:
      (["initiated", "endorsed", "active"] as string[]).includes(state.status) &&
      isCaseParticipant(state, actor),
    // R4: a withdrawal is recorded also after closing (the citizen may withdraw at any time).
    withdrawConsentIds: isCaseParticipant(state, actor)
      ? state.consents.filter((c) => c.withdrawnAt === null).map((c) => c.consentId)
      : [],
    correctConsentIds: state.consents
      .filter((c) => mayCorrectConsentRegistration(state, actor, c))
      .map((c) => c.consentId),
    recordChangeNotice: active && member,
    acknowledgeNoticeIds: state.changeNotices
      .filter((notice) =>
        notice.recipients.some((r) => r.personId === actor.personId && r.acknowledgedAt === null),
      )
      .map((notice) => notice.noticeId),
    editAgreements: {
      organisational: mayEditAgreement(state, "organisational", actor, at),
      citizen: mayEditAgreement(state, "citizen", actor, at),
    },
    signAgreement: {
      organisational: signableNow(state, "organisational", actor, at),
      citizen: signableNow(state, "citizen", actor, at),
    },
    // A leader on the case, or the coordinator of an active case (R7).
    closeCase:
      ((state.status === "endorsed" || active) &&
        actor.role === "leader" &&
        (leaderOfInitiatorsUnit || participating)) ||
      (active && state.team.coordinatorPersonId === actor.personId),
    activation: {
      ready: sectors.length >= MINIMUM_SECTORS,
      sectors,
      minimumSectors: MINIMUM_SECTORS,
      waitingForOrganisationIds: standingInvitations(state)
        .map((invitation) => invitation.organisationId)
        .filter((id) => !state.organisations.some((o) => o.organisationId === id)),
    },
  };
}

/** R4, R10/R11: whether saving a draft of the agreement would be accepted now. */
function mayEditAgreement(state: CaseState, kind: AgreementKind, actor: Actor, at: Date): boolean {
  if (state.status !== "active" || !isCaseParticipant(state, actor)) return false;
  const latest = state.agreements[kind].at(-1);
  return latest === undefined || mayReadAgreementVersion(state, latest, actor, at);
}

/** R4, R10/R11: the capacities a person may sign the latest version in now. */
function signableNow(
  state: CaseState,
  kind: AgreementKind,
  actor: Actor,
  at: Date,
): SignatoryCapacity[] {
  const signing = agreementSigningFor(state, kind, actor, at);
  return signing && signing.blockedBy === null ? signing.capacities : [];
}
