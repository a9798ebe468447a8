import type { Actor } from "../actors/actor";
import type { AgreementVersion } from "../agreements/agreement-version";
import { firstCollaborationMeetingHeldAt } from "../cases/case-queries";
import type { CaseState } from "../cases/case-state";
import { type Provenance, provenanceOf } from "../cases/provenance";
import { deadlineForCase } from "../deadline/deadline-for-case";
import { instantMs } from "../time/copenhagen";
import { caseAccessFor } from "./case-access";
import type {
  AgreementVersionView,
  CaseItemKind,
  CaseView,
  PersonRef,
  ViewItem,
  WithheldItem,
} from "./case-view";
import { informationReach } from "./information-reach";

const personRef = (actor: Actor): PersonRef => ({
  personId: actor.personId,
  name: actor.name ?? null,
  organisationId: actor.organisationId,
});

/**
 * R4: what one viewer may see of a case at instant `at`, or `null` when they may not see
 * the case at all (`caseAccessFor` is not `full`: use it to tell an invited leader apart).
 *
 * Everyone who may see the case sees that it exists, whom it is about, its status, the R9
 * deadline, the organisations, the team (names, roles, how to reach them — the
 * professionals' own details, not the citizen's; what each does for the citizen, their
 * tasks, is the citizen's and comes from the member's organisation) and the
 * coordinator, the meeting plan and the agreements' signing state. Every item that says
 * something about the citizen — initiative reasons, the citizen's stance, decision reasons,
 * meeting records and minutes, agreement content, consents, change-notice descriptions,
 * the closing reason — is shown only when the viewer's own organisation recorded it, or
 * when a consent covers the flow from the recording organisation to the viewer's at `at`
 * (`mayShareInformation`, for either purpose: a consent recorded on the case is the
 * citizen's consent to exchange information in this collaboration). After a withdrawal the
 * items flow no more; the viewer's own organisation's items are always shown.
 *
 * @example
 * const view = caseViewFor(state, sessionActor, new Date());
 * if (view === null) throw new NotFound(); // or: caseAccessFor(state, actor) === "answer_invitation"
 * view.withheld; // [{ kind: "meeting_record", itemId: "m2", organisationId: "region-…", reason: "no_consent" }]
 */
export function caseViewFor(state: CaseState, viewer: Actor, at: Date): CaseView | null {
  instantMs(at, "at");
  if (caseAccessFor(state, viewer) !== "full") return null;
  const reach = informationReach(state.consents, viewer.organisationId, at);
  const withheld: WithheldItem[] = [];
  const item = <Content>(
    kind: CaseItemKind,
    itemId: string,
    recordedBy: Provenance,
    content: Content,
  ): ViewItem<Content> => {
    if (reach.reaches(recordedBy.organisationId)) return { shown: true, recordedBy, content };
    withheld.push({
      kind,
      itemId,
      organisationId: recordedBy.organisationId,
      reason: "no_consent",
    });
    return { shown: false, recordedBy, withheld: "no_consent" };
  };
  const agreementVersions = <Version extends AgreementVersion>(
    kind: string,
    versions: readonly Version[],
  ): AgreementVersionView<Version["content"]>[] =>
    versions.map((version) => ({
      version: version.version,
      status: version.status,
      savedAt: version.savedAt,
      signedAt: version.signedAt,
      signatures: version.signatures.map((signature) => ({
        signAs: signature.signAs,
        signedAt: signature.signedAt,
        signedBy: personRef(signature.signedBy),
        organisationId: signature.organisationId,
        citizenAgreement: signature.citizenAgreement ?? null,
      })),
      content: item(
        "agreement_content",
        `${kind}:${version.version}`,
        version.savedBy,
        version.content,
      ),
    }));

  const { initiative, citizenStance, endorsement, closure } = state;
  const view: Omit<CaseView, "withheld" | "informationFrom"> = {
    caseId: state.caseId,
    version: state.version,
    status: state.status,
    at,
    viewer: personRef(viewer),
    citizen: { citizenId: state.citizen.citizenId, name: state.citizen.name },
    deadline: deadlineForCase(
      {
        status: state.status,
        initiativeAt: initiative.initiativeAt,
        firstMeetingHeldAt: firstCollaborationMeetingHeldAt(state),
      },
      at,
    ),
    initiative: {
      initiator: personRef(initiative.initiator),
      initiativeAt: initiative.initiativeAt,
      registeredAt: initiative.registeredAt,
      reasons: item(
        "initiative_reasons",
        state.caseId,
        provenanceOf(initiative.initiator, initiative.registeredAt),
        initiative.reasons,
      ),
    },
    citizenStance: item(
      "citizen_stance",
      state.caseId,
      provenanceOf(citizenStance.recordedBy, citizenStance.recordedAt),
      { stance: citizenStance.stance, note: citizenStance.note },
    ),
    exclusion: state.exclusion && {
      decidedAt: state.exclusion.decidedAt,
      decidedBy: personRef(state.exclusion.decidedBy),
      alternatives: state.exclusion.alternatives,
    },
    endorsement: endorsement && {
      decision: endorsement.decision,
      decidedAt: endorsement.decidedAt,
      decidedBy: personRef(endorsement.decidedBy),
      reason:
        endorsement.reason === null
          ? null
          : item(
              "endorsement_reason",
              state.caseId,
              provenanceOf(endorsement.decidedBy, endorsement.decidedAt),
              endorsement.reason,
            ),
    },
    organisations: state.organisations.map((organisation) => ({
      organisationId: organisation.organisationId,
      organisationName: organisation.organisationName,
      sector: organisation.sector,
      agreedAt: organisation.agreedAt,
      agreedBy: personRef(organisation.agreedBy),
    })),
    invitations: state.invitations.map((invitation) => ({
      organisationId: invitation.organisationId,
      invitedAt: invitation.invitedAt,
      invitedBy: personRef(invitation.invitedBy),
      implied: invitation.implied,
      declined: invitation.declined && {
        declinedAt: invitation.declined.declinedAt,
        declinedBy: personRef(invitation.declined.declinedBy),
        reason: item(
          "invitation_decline_reason",
          invitation.organisationId,
          provenanceOf(invitation.declined.declinedBy, invitation.declined.declinedAt),
          invitation.declined.reason,
        ),
      },
    })),
    activation: state.activation && {
      activatedAt: state.activation.activatedAt,
      activatedBy: personRef(state.activation.activatedBy),
    },
    team: {
      coordinatorPersonId: state.team.coordinatorPersonId,
      members: state.team.members.map((member) => {
        const tasksShown = member.tasks === null || reach.reaches(member.organisationId);
        if (!tasksShown) {
          withheld.push({
            kind: "team_member_tasks",
            itemId: member.personId,
            organisationId: member.organisationId,
            reason: "no_consent",
          });
        }
        return {
          personId: member.personId,
          name: member.name,
          organisationId: member.organisationId,
          sector: member.sector,
          role: member.role,
          tasks: tasksShown ? member.tasks : null,
          tasksWithheld: !tasksShown,
          contact: member.contact,
          notDirectlyInvolved: member.notDirectlyInvolved,
          coordinator: member.personId === state.team.coordinatorPersonId,
        };
      }),
      // Why a member left is not shown: it may be about the citizen, and nobody needs it to work.
      formerMembers: state.team.formerMembers.map((member) => ({
        personId: member.personId,
        name: member.name,
        organisationId: member.organisationId,
        role: member.role,
        removedAt: member.removedAt,
      })),
    },
    meetings: state.meetings.map((meeting) => ({
      meetingId: meeting.meetingId,
      kind: meeting.kind,
      status: meeting.status,
      scheduledFor: meeting.scheduledFor,
      heldAt: meeting.heldAt,
      citizenInvited: meeting.citizenInvited,
      place: meeting.place,
      videoLink: meeting.videoLink,
      invitedPersonIds: meeting.invitedPersonIds,
      scheduledBy: meeting.scheduledBy,
      record:
        meeting.heldRecordedBy === null
          ? null
          : item("meeting_record", meeting.meetingId, meeting.heldRecordedBy, {
              citizenPresent: meeting.citizenPresent,
              attendeePersonIds: meeting.attendeePersonIds,
              decisionMinutes: meeting.decisionMinutes,
            }),
    })),
    agreements: {
      organisational: agreementVersions("organisational", state.agreements.organisational),
      citizen: agreementVersions("citizen", state.agreements.citizen),
    },
    consents: state.consents.map(({ consentId, recordedBy, ...details }) => ({
      consentId,
      details: item("consent", consentId, recordedBy, details),
    })),
    correctedConsents: state.correctedConsents.map(
      ({ consentId, recordedBy, correction, ...details }) => ({
        consentId,
        correctedBy: correction.correctedBy,
        details: item("consent", consentId, recordedBy, {
          ...details,
          correctionReason: correction.reason,
        }),
      }),
    ),
    changeNotices: state.changeNotices.map((notice) => ({
      noticeId: notice.noticeId,
      effectiveFrom: notice.effectiveFrom,
      recipients: notice.recipients.map((r) => ({
        personId: r.personId,
        acknowledgedAt: r.acknowledgedAt,
      })),
      description: item(
        "change_notice_description",
        notice.noticeId,
        provenanceOf(notice.recordedBy, notice.recordedAt),
        notice.description,
      ),
    })),
    closure: closure && {
      closedAt: closure.closedAt,
      closedBy: personRef(closure.closedBy),
      details: item("closure", state.caseId, provenanceOf(closure.closedBy, closure.closedAt), {
        reason: closure.reason,
        note: closure.note,
      }),
    },
  };
  return { ...view, informationFrom: reach.organisations(), withheld };
}
