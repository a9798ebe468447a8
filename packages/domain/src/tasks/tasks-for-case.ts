import type { Actor } from "../actors/actor";
import { agreementCompleteness } from "../agreements/agreement-completeness";
import { type AgreementKind, agreementKinds } from "../agreements/agreement-schemas";
import { firstCollaborationMeetingHeldAt } from "../cases/case-queries";
import type { CaseState } from "../cases/case-state";
import { consentLapsesSoon } from "../consent/consent-status";
import { deadlineApproaching, deadlineForCase } from "../deadline/deadline-for-case";
import type { DeadlineStatus } from "../deadline/deadline-status";
import { agreementSigningFor } from "../views/agreement-signing";
import { caseActionsFor } from "../views/case-actions";
import { informationReach } from "../views/information-reach";

/** What waits for a person on a case they may see. */
export type CaseTaskKind =
  | "decide_initiative"
  | "initiative_outcome"
  | "join_case"
  | "invite_organisations"
  | "activate_case"
  | "plan_meeting"
  | "record_meeting"
  | "deadline"
  | "acknowledge_change_notice"
  | "consent_lapsing"
  | "complete_agreement"
  | "sign_agreement";

export interface CaseTask {
  kind: CaseTaskKind;
  caseId: string;
  caseVersion: number;
  citizenName: string;
  /** The R9 deadline as it stands, when it runs. */
  deadline: (DeadlineStatus & { approaching: boolean }) | null;
  /** For `initiative_outcome`: what the leader decided. */
  decision: "endorsed" | "declined" | null;
  /** For `record_meeting`: when the meeting was planned for. */
  meetingAt: Date | null;
  /** For `acknowledge_change_notice` (since when it waits) and `consent_lapsing` (when it lapses). */
  since: Date | null;
  until: Date | null;
  /** For `complete_agreement` and `sign_agreement`: which of the two agreements. */
  agreement: AgreementKind | null;
  /**
   * R4, for `sign_agreement`: the task waits until a consent names these organisations (the
   * one that wrote the version and the person's own); empty when it can be done now.
   */
  waitsForConsentCovering: string[];
  /**
   * R4/R13, for `acknowledge_change_notice`: the citizen's consent keeps the text from this
   * person — they acknowledge that they were told a partner changed its intervention.
   */
  contentWithheld: boolean;
}

/** An initiator hears the outcome for two weeks, or until the case is activated. */
const OUTCOME_DAYS = 14;
const DAY_MS = 86_400_000;

/**
 * R5–R9: the tasks one case gives one person now, decided from the case's state with the
 * same facts the commands check (`caseActionsFor`):
 * - a leader of the initiator's unit decides the initiative (R5) and then joins for their
 *   organisation (R6); the initiator hears the outcome (R5);
 * - a participating leader invites organisations until two sectors take part, then
 *   activates (R6);
 * - the coordinator plans the next meeting when none is planned, and writes the minutes of
 *   a planned meeting whose time has passed (R7, R8);
 * - anyone else working on an active or endorsed case is warned when the R9 deadline is
 *   within seven days or passed.
 */
export function tasksForCase(state: CaseState, actor: Actor, now: Date): CaseTask[] {
  const actions = caseActionsFor(state, actor, now);
  const reach = informationReach(state.consents, actor.organisationId, now);
  const status = deadlineForCase(
    {
      status: state.status,
      initiativeAt: state.initiative.initiativeAt,
      firstMeetingHeldAt: firstCollaborationMeetingHeldAt(state),
    },
    now,
  );
  const deadline = status && { ...status, approaching: deadlineApproaching(status) };
  const task = (kind: CaseTaskKind, extra: Partial<CaseTask> = {}): CaseTask => ({
    kind,
    caseId: state.caseId,
    caseVersion: state.version,
    citizenName: state.citizen.name,
    deadline,
    decision: null,
    meetingAt: null,
    since: null,
    until: null,
    agreement: null,
    waitsForConsentCovering: [],
    contentWithheld: false,
    ...extra,
  });
  const tasks: CaseTask[] = [];
  if (actions.decideInitiative) tasks.push(task("decide_initiative"));
  const endorsement = state.endorsement;
  // Until the case moves on (activated): then the outcome is history, in the timeline.
  if (
    endorsement &&
    (state.status === "endorsed" || state.status === "declined") &&
    state.initiative.initiator.personId === actor.personId &&
    now.getTime() - endorsement.decidedAt.getTime() <= OUTCOME_DAYS * DAY_MS
  ) {
    tasks.push(task("initiative_outcome", { decision: endorsement.decision }));
  }
  if (actions.joinCase) tasks.push(task("join_case"));
  if (actions.activateCase) {
    if (actions.activation.ready) tasks.push(task("activate_case"));
    else if (actions.activation.waitingForOrganisationIds.length === 0) {
      tasks.push(task("invite_organisations"));
    }
  }
  if (actions.scheduleMeeting) {
    const planned = state.meetings.filter((meeting) => meeting.status === "scheduled");
    const past = planned.filter((m) => m.scheduledFor && m.scheduledFor.getTime() < now.getTime());
    for (const meeting of past)
      tasks.push(task("record_meeting", { meetingAt: meeting.scheduledFor }));
    // The next meeting is planned once the last one is recorded.
    if (planned.length === 0) tasks.push(task("plan_meeting"));
  }
  const warn = deadline && (deadline.approaching || deadline.state === "overdue");
  if (tasks.length === 0 && warn && (state.status === "active" || state.status === "endorsed")) {
    tasks.push(task("deadline"));
  }
  // R13: every change notice waiting for this person's acknowledgement.
  for (const notice of state.changeNotices) {
    const waiting = notice.recipients.some(
      (r) => r.personId === actor.personId && r.acknowledgedAt === null,
    );
    if (waiting) {
      tasks.push(
        task("acknowledge_change_notice", {
          since: notice.recordedAt,
          contentWithheld: !reach.reaches(notice.recordedBy.organisationId),
        }),
      );
    }
  }
  // R4: a consent about to lapse, told to those taking part so it can be renewed in time —
  // to those who may see the consent: its expiry is the citizen's information.
  if (state.status !== "closed" && (actions.recordConsent || actions.recordMeeting)) {
    for (const consent of state.consents) {
      if (consentLapsesSoon(consent, now) && reach.reaches(consent.recordedBy.organisationId)) {
        tasks.push(task("consent_lapsing", { until: consent.expiresAt }));
      }
    }
  }
  // R10/R11: the coordinator sees to it that both agreements are written; whoever may sign
  // a complete version is asked to. R4: a version the person may not read waits, saying
  // which consent it waits for.
  if (state.status === "active") {
    for (const kind of agreementKinds) {
      const latest = state.agreements[kind].at(-1);
      const complete = latest !== undefined && agreementCompleteness(kind, latest.content).complete;
      const signing = agreementSigningFor(state, kind, actor, now);
      if (signing && signing.blockedBy !== "incomplete") {
        tasks.push(
          task("sign_agreement", {
            agreement: kind,
            waitsForConsentCovering: signing.consentMustCover,
          }),
        );
      } else if (
        !complete &&
        state.team.coordinatorPersonId === actor.personId &&
        (latest === undefined || latest.signatures.length === 0)
      ) {
        tasks.push(task("complete_agreement", { agreement: kind }));
      }
    }
  }
  return tasks;
}
