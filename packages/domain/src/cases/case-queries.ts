import { agreementCompleteness } from "../agreements/agreement-completeness";
import type { AgreementKind } from "../agreements/agreement-schemas";
import type { AgreementVersion } from "../agreements/agreement-version";
import { type DeadlineStatus, deadlineStatus } from "../deadline/deadline-status";
import type { MeetingFrequency } from "../meetings/meeting";
import { type NextMeetingDue, nextMeetingDue } from "../meetings/next-meeting-due";
import type { CaseState } from "./case-state";

/** R9: when the first collaboration meeting was held (the earliest), or `null`. */
export function firstCollaborationMeetingHeldAt(state: CaseState): Date | null {
  let first: Date | null = null;
  for (const meeting of state.meetings) {
    if (meeting.kind !== "collaboration" || meeting.heldAt === null) continue;
    if (first === null || meeting.heldAt.getTime() < first.getTime()) first = meeting.heldAt;
  }
  return first;
}

/** R9: `deadlineStatus` for a case. */
export function caseDeadlineStatus(state: CaseState, now: Date): DeadlineStatus {
  return deadlineStatus(
    {
      initiativeAt: state.initiative.initiativeAt,
      firstMeetingHeldAt: firstCollaborationMeetingHeldAt(state),
    },
    now,
  );
}

/** The latest fully signed version of an agreement, or `null`. */
export function currentAgreement(state: CaseState, kind: AgreementKind): AgreementVersion | null {
  const versions: AgreementVersion[] = state.agreements[kind];
  for (let i = versions.length - 1; i >= 0; i--) {
    const version = versions[i];
    if (version?.status === "signed") return version;
  }
  return null;
}

/**
 * The agreed meeting frequency: from the signed organisational agreement (R10), else from
 * the signed citizen agreement (R11), else `null`.
 */
export function agreedMeetingFrequency(state: CaseState): MeetingFrequency | null {
  return (
    currentAgreement(state, "organisational")?.content.meetingFrequency ??
    currentAgreement(state, "citizen")?.content.meetingFrequency ??
    null
  );
}

/** The next meeting due for a case, from its agreed frequency and the meetings held. */
export function caseNextMeetingDue(state: CaseState, now: Date): NextMeetingDue {
  const meetingsHeld = state.meetings.flatMap((m) =>
    m.heldAt === null ? [] : [{ kind: m.kind, heldAt: m.heldAt }],
  );
  return nextMeetingDue(
    {
      initiativeAt: state.initiative.initiativeAt,
      frequency: agreedMeetingFrequency(state),
      meetingsHeld,
    },
    now,
  );
}

/** R13: change notices still waiting for a current team member's acknowledgement. */
export function pendingAcknowledgements(
  state: CaseState,
): Array<{ noticeId: string; personId: string }> {
  const current = new Set(state.team.members.map((m) => m.personId));
  return state.changeNotices.flatMap((notice) =>
    notice.recipients
      .filter((r) => r.acknowledgedAt === null && current.has(r.personId))
      .map((r) => ({ noticeId: notice.noticeId, personId: r.personId })),
  );
}

export interface CaseOverview {
  status: CaseState["status"];
  deadline: DeadlineStatus;
  nextMeeting: NextMeetingDue;
  hasCoordinator: boolean;
  /** Per agreement: signed or not, and the missing fields of the latest version. */
  agreements: Record<
    AgreementKind,
    { signed: boolean; latestVersion: number | null; missingFields: string[] }
  >;
  pendingAcknowledgements: number;
}

/**
 * What the leader dashboard and the reports ask of each case (the indicators of the
 * collaboration model page): deadline, next meeting, coordinator, agreements, notices.
 */
export function caseOverview(state: CaseState, now: Date): CaseOverview {
  const agreementSummary = (kind: AgreementKind) => {
    const versions: AgreementVersion[] = state.agreements[kind];
    const latest = versions.at(-1);
    return {
      signed: currentAgreement(state, kind) !== null,
      latestVersion: latest?.version ?? null,
      missingFields: latest
        ? agreementCompleteness(kind, latest.content).missing.map((f) => f.key)
        : [],
    };
  };
  return {
    status: state.status,
    deadline: caseDeadlineStatus(state, now),
    nextMeeting: caseNextMeetingDue(state, now),
    hasCoordinator: state.team.coordinatorPersonId !== null,
    agreements: {
      organisational: agreementSummary("organisational"),
      citizen: agreementSummary("citizen"),
    },
    pendingAcknowledgements: pendingAcknowledgements(state).length,
  };
}
