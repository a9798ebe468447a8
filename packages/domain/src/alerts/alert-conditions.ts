import type { AgreementKind } from "../agreements/agreement-schemas";
import {
  caseNextMeetingDue,
  firstCollaborationMeetingHeldAt,
  pendingAcknowledgements,
} from "../cases/case-queries";
import type { CaseState } from "../cases/case-state";
import { deadlineApproaching, deadlineForCase } from "../deadline/deadline-for-case";
import { informationReach } from "../views/information-reach";
import { consentRenewed } from "./consent-renewed";
import { addWorkingDays, danishDay } from "./working-days";

/**
 * The alerts the reporting worker raises: which conditions hold for a case at a
 * moment and whom they concern, decided from the case's state alone. Pure, like every rule
 * here; the worker finds the people, sends, and remembers what it sent.
 */

export const alertKinds = [
  "deadline.approaching",
  "deadline.overdue",
  "meeting.overdue",
  "changeNotice.unacknowledged",
  "consent.expiring",
  "agreement.awaitingSignature",
] as const;
export type AlertKind = (typeof alertKinds)[number];

/** R13: a change notice every current member has not acknowledged after this many working days. */
export const CHANGE_NOTICE_WORKING_DAYS = 3;
/** R4: a consent that lapses within this many days is flagged, so it can be renewed in time. */
export const CONSENT_WARNING_DAYS = 30;

/** Whom an alert goes to, before the leaders of a unit are looked up. */
export interface AlertAudience {
  personIds: string[];
  /** The unit an initiative is routed to (R5): its leaders, while no leader has acted. */
  leadersOfUnitId: string | null;
}

export interface AlertCondition {
  kind: AlertKind;
  /** Identifies the condition for good: the same condition found again has the same key. */
  key: string;
  caseId: string;
  /** The date the alert is about. */
  dueAt: Date;
  audience: AlertAudience;
  /** Kind-specific details for the text (agreement kind and version). */
  details?: { agreementKind?: AgreementKind; version?: number };
}

const DAY_MS = 86_400_000;

/** One person an alert may go to, with the organisation they work for (R4). */
interface Recipient {
  personId: string;
  organisationId: string;
}

/** The key of R4's lapse warning: the consent and its lapse date (a new date is a new alert). */
export function consentExpiringKey(caseId: string, consentId: string, expiresAt: Date): string {
  return `consent.expiring:${caseId}:${consentId}:${expiresAt.toISOString()}`;
}

/**
 * The coordinator and the involved leaders (the leader who endorsed the initiative, R5, and
 * those who brought their organisations in, R6); the initiator stands in for a coordinator
 * not yet appointed (R7), the unit's leaders for leaders who have not acted yet.
 */
function coordinatorAndLeaders(state: CaseState) {
  const leaders: Recipient[] = [
    state.endorsement?.decision === "endorsed" ? state.endorsement.decidedBy : null,
    ...state.organisations.map((o) => o.agreedBy),
  ].flatMap((actor) => (actor && actor.role === "leader" ? [actor] : []));
  const coordinator: Recipient =
    state.team.members.find((m) => m.personId === state.team.coordinatorPersonId) ??
    state.initiative.initiator;
  const unit = leaders.length === 0 ? state.initiative.routedTo : null;
  /** The audience, or the part of it whose organisation `mayReceive` lets the alert reach. */
  return (mayReceive: (organisationId: string) => boolean = () => true): AlertAudience => ({
    personIds: [
      ...new Set(
        [coordinator, ...leaders]
          .filter((r) => mayReceive(r.organisationId))
          .map((r) => r.personId),
      ),
    ],
    leadersOfUnitId: unit && mayReceive(unit.organisationId) ? unit.unitId : null,
  });
}

/**
 * Every alert condition that holds for a case at `now`, decided by the domain's rules. Keys
 * name the condition's own facts (the deadline, the due date, the notice, the consent and its
 * lapse date, the agreement version), so a changed fact is a new condition and the same one
 * found again is not.
 */
export function alertConditions(state: CaseState, now: Date): AlertCondition[] {
  const caseId = state.caseId;
  const audienceFor = coordinatorAndLeaders(state);
  const audience = audienceFor();
  const conditions: AlertCondition[] = [];

  // R9: the first collaboration meeting within a month; warned 7 days ahead, then overdue.
  const deadline = deadlineForCase(
    {
      status: state.status,
      initiativeAt: state.initiative.initiativeAt,
      firstMeetingHeldAt: firstCollaborationMeetingHeldAt(state),
    },
    now,
  );
  if (deadline && (deadline.state === "overdue" || deadlineApproaching(deadline))) {
    const kind = deadline.state === "overdue" ? "deadline.overdue" : "deadline.approaching";
    conditions.push({
      kind,
      key: `${kind}:${caseId}:${deadline.deadline.toISOString()}`,
      caseId,
      dueAt: deadline.deadline,
      audience,
    });
  }

  if (state.status !== "active") return conditions;

  // R10/R11: meetings at the agreed frequency (before the first one, R9 above decides).
  const next = caseNextMeetingDue(state, now);
  if (next.basis === "agreed_frequency" && next.overdue && next.due) {
    conditions.push({
      kind: "meeting.overdue",
      key: `meeting.overdue:${caseId}:${next.due.toISOString()}`,
      caseId,
      dueAt: next.due,
      audience,
    });
  }

  // R13: every current member acknowledges a change notice; after 3 working days, remind.
  const pending = pendingAcknowledgements(state);
  const today = danishDay(now);
  for (const notice of state.changeNotices) {
    const waiting = pending.filter((p) => p.noticeId === notice.noticeId).map((p) => p.personId);
    if (waiting.length === 0) continue;
    const lastDay = addWorkingDays(danishDay(notice.recordedAt), CHANGE_NOTICE_WORKING_DAYS);
    if (today <= lastDay) continue;
    conditions.push({
      kind: "changeNotice.unacknowledged",
      key: `changeNotice.unacknowledged:${caseId}:${notice.noticeId}`,
      caseId,
      dueAt: notice.recordedAt,
      audience: {
        personIds: [...new Set([...audience.personIds, ...waiting])],
        leadersOfUnitId: audience.leadersOfUnitId,
      },
    });
  }

  // R4: a consent for other purposes lapses after a year; flag it a month ahead, unless a
  // later consent already carries on what it covers (renewed in time) — and only to those the
  // consent may be shown to (the case page's rule): its expiry is the citizen's information,
  // recorded by one organisation, and reaches others only as the consent does.
  for (const consent of state.consents) {
    if (consent.withdrawnAt || !consent.expiresAt) continue;
    const msLeft = consent.expiresAt.getTime() - now.getTime();
    if (msLeft <= 0 || msLeft > CONSENT_WARNING_DAYS * DAY_MS) continue;
    if (consentRenewed(consent, state.consents)) continue;
    const from = consent.recordedBy.organisationId;
    const told = audienceFor((to) => informationReach(state.consents, to, now).reaches(from));
    if (told.personIds.length === 0 && told.leadersOfUnitId === null) continue;
    conditions.push({
      kind: "consent.expiring",
      key: consentExpiringKey(caseId, consent.consentId, consent.expiresAt),
      caseId,
      dueAt: consent.expiresAt,
      audience: told,
    });
  }

  // R10/R11: a version being signed (some signatures, not all) waits for the rest.
  for (const kind of ["organisational", "citizen"] as const) {
    const latest = state.agreements[kind].at(-1);
    if (latest?.status !== "signing") continue;
    conditions.push({
      kind: "agreement.awaitingSignature",
      key: `agreement.awaitingSignature:${caseId}:${kind}:${latest.version}`,
      caseId,
      dueAt: latest.savedAt,
      audience,
      details: { agreementKind: kind, version: latest.version },
    });
  }
  return conditions;
}
