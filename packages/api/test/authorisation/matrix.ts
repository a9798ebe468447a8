import { randomUUID } from "node:crypto";

/**
 * The authorisation matrix: one entry per procedure of `appRouter`, keyed by its
 * path, with a small rule saying what it touches and who may call it. The test
 * (authorisation-matrix.test.ts) calls every procedure for every role, with a record of the
 * caller's own organisation and of another, and without a session, and checks the rule. A
 * procedure without an entry fails the test by name: add its rule here.
 *
 * Rules:
 * - `caseRule`: the input names a case. Another organisation's case is NOT_FOUND and nothing
 *   changes; the caller's own case is reached (any answer but "not found", 401 or 500).
 *   Analysts see no case at all (pseudonymised aggregates only): NOT_FOUND for both. Roles
 *   outside the rule's `roles` get FORBIDDEN for both.
 * - `ownRule`: the caller's own data (lists, searches, preferences, new registrations). Roles
 *   outside `roles` get FORBIDDEN; the others get an answer that names nothing of the other
 *   organisation's case (its id, its citizen).
 * - `foreignRecordRule`: the input names a record that is not a case (an export, a review
 *   meeting); `input` names one the caller may not reach. Roles in `roles` get NOT_FOUND,
 *   the others FORBIDDEN; nothing changes.
 * - `administratorRule`: administrators only. The fixture's one administrator (an analyst of
 *   the region) reaches it (`ok`: succeeds; `reached`: any answer but FORBIDDEN, 401 or 500);
 *   everyone else gets FORBIDDEN and nothing changes — no organisation, unit, person or
 *   administrator right. Administrators are not scoped to an organisation: they set up
 *   every organisation, so "another organisation's record" does not apply. `input` gets a
 *   sandbox organisation, unit and person to change.
 * - `systemRule`: the worker's server-side caller only: FORBIDDEN for every browser session.
 * Every rule: without a session, UNAUTHORIZED (system procedures: FORBIDDEN).
 */

export type Role = "staff" | "leader" | "analyst";
export const allRoles: readonly Role[] = ["staff", "leader", "analyst"];

/** What a rule builds its input from: a case and the people and organisations around it. */
export interface MatrixRecord {
  caseId: string;
  /** The case's version when the call is made. */
  version: number;
  citizenName: string;
  organisationId: string;
  /** A staff member of the case's organisation (its initiator). */
  staffId: string;
  staffName: string;
}

/** An organisation, unit and person of their own for the administrator's changes. */
export interface AdminSandbox {
  organisationId: string;
  unitId: string;
  personId: string;
}

export type MatrixRule =
  | { kind: "case"; roles: readonly Role[]; input: (record: MatrixRecord) => unknown }
  | { kind: "own"; roles: readonly Role[]; input: (other: MatrixRecord) => unknown }
  | { kind: "record"; roles: readonly Role[]; input: () => unknown }
  | { kind: "administrator"; admin: "ok" | "reached"; input: (sandbox: AdminSandbox) => unknown }
  | { kind: "system"; input: () => unknown };

/**
 * A procedure whose input names a case (reads and every case command). Roles outside
 * `roles` (a leaders-only procedure, say) get FORBIDDEN for any case, their own included.
 */
export const caseRule = (
  input: (record: MatrixRecord) => unknown,
  roles: readonly Role[] = allRoles,
): MatrixRule => ({ kind: "case", roles, input });

/** A case command: the case, the version seen, and a payload its schema accepts. */
export const caseCommand = (payload: (record: MatrixRecord) => unknown): MatrixRule =>
  caseRule((record) => ({
    caseId: record.caseId,
    expectedVersion: record.version,
    payload: payload(record),
  }));

/** The caller's own data; `input` gets the *other* organisation's record to search for it. */
export const ownRule = (
  roles: readonly Role[] = allRoles,
  input: (other: MatrixRecord) => unknown = () => undefined,
): MatrixRule => ({ kind: "own", roles, input });

export const foreignRecordRule = (roles: readonly Role[], input: () => unknown): MatrixRule => ({
  kind: "record",
  roles,
  input,
});

export const administratorRule = (
  input: (sandbox: AdminSandbox) => unknown = () => undefined,
  admin: "ok" | "reached" = "ok",
): MatrixRule => ({ kind: "administrator", admin, input });

let adminSerial = 0;
/** A name of its own for each change the administrator makes. */
const adminName = (what: string) => `Matrix ${what} ${++adminSerial}`;
const personFields = (sandbox: AdminSandbox) => ({
  unitId: sandbox.unitId,
  name: adminName("Person"),
  title: "Socialrådgiver",
  role: "leader",
  email: "matrix.person@test.invalid",
  phone: null,
  subject: null,
});
export const systemRule = (input: () => unknown = () => undefined): MatrixRule => ({
  kind: "system",
  input,
});

const at = "2026-11-20T09:00:00.000Z";
let cprSerial = 0;
/** A fictional CPR number (month 13–19) of its own for each registration the matrix makes. */
const nextCpr = () => `01${17}${String(800_000 + cprSerial++).slice(-6)}`;

const contact = (record: MatrixRecord) => ({
  phone: null,
  email: `${record.staffId.slice(0, 8)}@test.invalid`,
  other: null,
});

export const authorisationMatrix: Record<string, MatrixRule> = {
  "auth.me": ownRule(),
  "cases.mine": ownRule(),
  "cases.invitations": ownRule(["leader"]),
  "cases.get": caseRule((record) => ({ caseId: record.caseId })),
  "audit.caseAccessLog": caseRule((record) => ({ caseId: record.caseId }), ["leader"]),
  "audit.citizenAccessExport": caseRule((record) => ({ caseId: record.caseId }), ["leader"]),

  "initiative.registerInitiative": ownRule(["staff", "leader"], () => ({
    citizen: { cpr: nextCpr(), name: "Matrix Borger" },
    initiativeAt: at,
    reasons: { categories: ["self_harm"], text: null },
    citizenStance: "accepts_help",
    citizenStanceNote: null,
  })),
  "initiative.recordCitizenStance": caseCommand(() => ({ stance: "ambivalent", note: null })),
  "initiative.endorseInitiative": caseCommand(() => ({ note: null })),
  "initiative.declineInitiative": caseCommand(() => ({ reason: "Matrixtest" })),
  "initiative.identityChecks": ownRule(["leader"]),
  "initiative.confirmCitizenIdentity": caseRule(
    (record) => ({ caseId: record.caseId, registerName: record.citizenName }),
    ["leader"],
  ),

  // A made-up organisation: an own-case call never invites the other organisation, so its
  // leader's later calls still meet a case they may not reach.
  "activation.inviteOrganisation": caseCommand(() => ({ organisationId: randomUUID() })),
  "activation.joinCase": caseCommand(() => ({ organisationName: null })),
  "activation.declineInvitation": caseCommand(() => ({ reason: "Matrixtest" })),
  "activation.activateCase": caseCommand((record) => ({
    members: [
      {
        personId: record.staffId,
        name: record.staffName,
        organisationId: record.organisationId,
        role: "Kontaktperson",
        contact: contact(record),
      },
    ],
    coordinatorPersonId: record.staffId,
  })),

  "team.addTeamMember": caseCommand((record) => ({
    member: {
      personId: record.staffId,
      name: record.staffName,
      organisationId: record.organisationId,
      role: "Kontaktperson",
      tasks: null,
      contact: contact(record),
    },
  })),
  "team.updateTeamMember": caseCommand((record) => ({
    personId: record.staffId,
    role: "Kontaktperson",
    tasks: "Matrixtest",
  })),
  "team.removeTeamMember": caseCommand(() => ({
    personId: randomUUID(),
    newCoordinatorPersonId: null,
    reason: null,
  })),
  "team.appointCoordinator": caseCommand((record) => ({ personId: record.staffId })),

  "meetings.scheduleMeeting": caseCommand(() => ({
    meetingId: randomUUID(),
    kind: "collaboration",
    scheduledFor: "2026-12-01T09:00:00.000Z",
  })),
  "meetings.recordMeetingHeld": caseCommand(() => ({
    meetingId: randomUUID(),
    kind: "preparatory",
    heldAt: at,
    citizenPresent: false,
  })),

  "agreements.saveAgreementDraft": caseCommand(() => ({ kind: "citizen", content: {} })),
  "agreements.signAgreement": caseCommand(() => ({
    kind: "citizen",
    version: 1,
    signAs: "team",
  })),

  "consent.recordConsent": caseCommand((record) => ({
    consentId: randomUUID(),
    method: "written",
    organisationIds: [record.organisationId, randomUUID()],
    givenAt: at,
  })),
  "consent.withdrawConsent": caseCommand(() => ({ consentId: randomUUID() })),
  "consent.correctConsentRegistration": caseCommand(() => ({
    consentId: randomUUID(),
    reason: "Matrixtest",
  })),

  "changeNotices.recordInterventionChange": caseCommand(() => ({
    noticeId: randomUUID(),
    description: "Matrixtest",
    effectiveFrom: null,
  })),
  "changeNotices.acknowledgeChangeNotice": caseCommand(() => ({ noticeId: randomUUID() })),

  "closing.closeCase": caseCommand(() => ({ reason: "goal_reached", note: null })),

  "dashboard.summary": ownRule(["leader"]),
  "dashboard.reviewMeetings.list": ownRule(["leader"]),
  // A meeting the leader's organisation did not take part in.
  "dashboard.reviewMeetings.get": foreignRecordRule(["leader"], () => ({
    meetingId: randomUUID(),
  })),
  "dashboard.reviewMeetings.record": ownRule(["leader"], () => ({
    quarter: "2026-Q4",
    heldOn: { day: 20, month: 11, year: 2026 },
    participantIds: [],
    supervisionDecision: "Matrixtest",
    evaluationDecision: "Matrixtest",
    otherDecisions: "",
    followUps: [],
    closeFollowUpIds: [],
  })),
  "dashboard.quarter": ownRule(["leader"], () => ({ quarter: "2026-Q4" })),
  "dashboard.cases": ownRule(["leader"], () => ({
    quarter: "2026-Q4",
    figure: "meetingWithoutCitizen",
  })),

  "deadlines.recompute": systemRule(),

  "tasks.mine": ownRule(),
  // Searching for the other organisation's citizen by name finds nothing.
  "search.cases": ownRule(allRoles, (other) => ({ query: other.citizenName })),
  "directory.organisations": ownRule(),
  "directory.teamCandidates": caseRule((record) => ({ caseId: record.caseId })),

  "notifications.mine": ownRule(allRoles, () => ({})),
  // The other organisation's case: no version, nothing named.
  "live.stamp": ownRule(allRoles, (other) => ({ caseId: other.caseId })),
  "notifications.markRead": ownRule(allRoles, () => ({ ids: [randomUUID()] })),
  "notifications.preferences": ownRule(),
  "notifications.setPreferences": ownRule(allRoles, () => ({ language: "da", email: false })),
  "exports.request": ownRule(["analyst"], () => ({ fromQuarter: "2026-Q1", toQuarter: "2026-Q4" })),
  "exports.mine": ownRule(["analyst"]),
  // Someone else's export (or none): the same NOT_FOUND.
  "exports.file": foreignRecordRule(["analyst"], () => ({ id: randomUUID(), format: "csv" })),
  // Leaders only: their own organisation's reports; another's is NOT_FOUND (R12).
  "exports.quarterlyReports": ownRule(["leader"]),
  "exports.quarterlyReport": foreignRecordRule(["leader"], () => ({
    quarter: "2026-Q1",
    organisationId: randomUUID(),
  })),

  "notifications.deadLetters": administratorRule(() => ({})),
  // No dead letter 1 in the fixture: the administrator is told NOT_FOUND.
  "notifications.retryDeadLetter": administratorRule(() => ({ id: "1" }), "reached"),

  // Administration. Any signed-in person may ask whether they are an administrator.
  "admin.access": ownRule(),
  "admin.organisations": administratorRule(),
  "admin.createOrganisation": administratorRule(() => ({
    name: adminName("Organisation"),
    sector: "general_practice",
  })),
  "admin.updateOrganisation": administratorRule((sandbox) => ({
    organisationId: sandbox.organisationId,
    name: adminName("Sandkasse"),
    sector: "municipality",
  })),
  "admin.units": administratorRule(() => ({})),
  "admin.createUnit": administratorRule((sandbox) => ({
    organisationId: sandbox.organisationId,
    name: adminName("Enhed"),
  })),
  "admin.updateUnit": administratorRule((sandbox) => ({
    unitId: sandbox.unitId,
    name: adminName("Sandkasseenhed"),
  })),
  "admin.people": administratorRule(() => ({ includeDeactivated: true })),
  "admin.person": administratorRule((sandbox) => ({ personId: sandbox.personId })),
  "admin.createPerson": administratorRule(personFields),
  "admin.updatePerson": administratorRule((sandbox) => ({
    ...personFields(sandbox),
    personId: sandbox.personId,
  })),
  // In this order, so each step meets a person it can change: granted, revoked, deactivated,
  // reactivated (the sandbox person ends where they began).
  "admin.grantAdministrator": administratorRule((sandbox) => ({ personId: sandbox.personId })),
  "admin.revokeAdministrator": administratorRule((sandbox) => ({ personId: sandbox.personId })),
  "admin.deactivatePerson": administratorRule((sandbox) => ({ personId: sandbox.personId })),
  "admin.reactivatePerson": administratorRule((sandbox) => ({ personId: sandbox.personId })),
};
