import { describe, expect, it } from "vitest";
import { saveAgreementDraft } from "../src/agreements/save-agreement-draft";
import { signAgreement } from "../src/agreements/sign-agreement";
import { alertConditions } from "../src/alerts/alert-conditions";
import type { CaseState } from "../src/cases/case-state";
import { acknowledgeChangeNotice } from "../src/change-notices/acknowledge-change-notice";
import { recordInterventionChange } from "../src/change-notices/record-intervention-change";
import { recordConsent } from "../src/consent/record-consent";
import { withdrawConsent } from "../src/consent/withdraw-consent";
import { completeCitizenAgreement } from "./agreement-fixtures";
import {
  activeCase,
  at,
  contactPerson,
  ctx,
  endorsedUninvitedCase,
  expectOk,
  initiatedCase,
  municipalLeader,
  psychiatrist,
  regionLeader,
} from "./fixtures";

// The initiative was taken on Monday 3 March 2025 (T0): R9's deadline is the end of Thursday
// 3 April in Danish summer time.
const deadline = "2025-04-03T21:59:59.999Z";
const kinds = (state: CaseState, now: Date) => alertConditions(state, now).map((c) => c.kind);
const involved = [contactPerson.personId, municipalLeader.personId, regionLeader.personId];

describe("alert conditions (issue 12)", () => {
  it("warns of the first meeting's deadline 7 days ahead, then says it is overdue (R9)", () => {
    const state = endorsedUninvitedCase();
    expect(alertConditions(state, at("2025-03-26T12:00:00Z"))).toEqual([]);
    expect(alertConditions(state, at("2025-03-28T12:00:00Z"))).toEqual([
      {
        kind: "deadline.approaching",
        key: `deadline.approaching:${state.caseId}:${deadline}`,
        caseId: state.caseId,
        dueAt: at(deadline),
        // No coordinator yet (R7): the initiator, and the leader who endorsed (R5).
        audience: {
          personIds: [contactPerson.personId, municipalLeader.personId],
          leadersOfUnitId: null,
        },
      },
    ]);
    const overdue = alertConditions(state, at("2025-04-04T08:00:00Z"));
    expect(overdue.map((c) => [c.kind, c.key])).toEqual([
      ["deadline.overdue", `deadline.overdue:${state.caseId}:${deadline}`],
    ]);
  });

  it("goes to the leaders of the unit the initiative is routed to while no leader has acted (R5)", () => {
    const state = initiatedCase();
    const [condition] = alertConditions(state, at("2025-04-04T08:00:00Z"));
    expect(condition?.audience).toEqual({
      personIds: [contactPerson.personId],
      leadersOfUnitId: state.initiative.routedTo.unitId,
    });
  });

  it("reminds of a change notice not acknowledged after three working days, with who has not (R13)", () => {
    // Recorded on Wednesday 12 March 2025: Thursday, Friday and Monday are the three days.
    const recorded = expectOk(
      recordInterventionChange(
        activeCase(),
        { noticeId: "notice-1", description: "Bostøtten går ned til én gang om ugen" },
        ctx(contactPerson, at("2025-03-12T09:00:00Z")),
      ),
    ).state;
    const reminders = (now: string) =>
      alertConditions(recorded, at(now)).filter((c) => c.kind === "changeNotice.unacknowledged");
    expect(reminders("2025-03-17T21:00:00Z")).toEqual([]);
    expect(reminders("2025-03-18T07:00:00Z")).toEqual([
      {
        kind: "changeNotice.unacknowledged",
        key: `changeNotice.unacknowledged:${recorded.caseId}:notice-1`,
        caseId: recorded.caseId,
        dueAt: at("2025-03-12T09:00:00Z"),
        // The coordinator and the involved leaders, and the member who has not acknowledged.
        audience: { personIds: [...involved, psychiatrist.personId], leadersOfUnitId: null },
      },
    ]);
    const acknowledged = expectOk(
      acknowledgeChangeNotice(
        recorded,
        { noticeId: "notice-1" },
        ctx(psychiatrist, at("2025-03-18T08:00:00Z")),
      ),
    ).state;
    expect(
      kinds(acknowledged, at("2025-03-18T09:00:00Z")).includes("changeNotice.unacknowledged"),
    ).toBe(false);
  });

  it("flags a consent that lapses within 30 days, not one withdrawn or already lapsed (R4)", () => {
    const consented = expectOk(
      recordConsent(
        activeCase(),
        {
          consentId: "consent-1",
          method: "written",
          organisationIds: [contactPerson.organisationId, regionLeader.organisationId],
          givenAt: at("2025-03-11T09:00:00Z"),
          expiresAt: at("2025-04-15T00:00:00Z"),
        },
        ctx(contactPerson, at("2025-03-11T10:00:00Z")),
      ),
    ).state;
    const expiring = (state: CaseState, now: string) =>
      alertConditions(state, at(now)).filter((c) => c.kind === "consent.expiring");
    expect(expiring(consented, "2025-03-12T09:00:00Z")).toEqual([]);
    expect(expiring(consented, "2025-03-17T09:00:00Z")).toEqual([
      {
        kind: "consent.expiring",
        key: `consent.expiring:${consented.caseId}:consent-1:2025-04-15T00:00:00.000Z`,
        caseId: consented.caseId,
        dueAt: at("2025-04-15T00:00:00Z"),
        audience: { personIds: involved, leadersOfUnitId: null },
      },
    ]);
    expect(expiring(consented, "2025-04-16T09:00:00Z")).toEqual([]);
    const withdrawn = expectOk(
      withdrawConsent(
        consented,
        { consentId: "consent-1", withdrawnAt: at("2025-03-16T09:00:00Z") },
        ctx(contactPerson, at("2025-03-16T10:00:00Z")),
      ),
    ).state;
    expect(expiring(withdrawn, "2025-03-17T09:00:00Z")).toEqual([]);
  });

  it("says an agreement signed by some waits for the rest, not a draft (R11)", () => {
    const drafted = expectOk(
      saveAgreementDraft(
        activeCase(),
        { kind: "citizen", content: completeCitizenAgreement },
        ctx(contactPerson, at("2025-03-11T09:00:00Z")),
      ),
    ).state;
    const now = at("2025-03-12T09:00:00Z");
    expect(kinds(drafted, now).includes("agreement.awaitingSignature")).toBe(false);
    const signing = expectOk(
      signAgreement(
        drafted,
        { kind: "citizen", version: 1, signAs: "team" },
        ctx(contactPerson, at("2025-03-11T10:00:00Z")),
      ),
    ).state;
    expect(
      alertConditions(signing, now).filter((c) => c.kind === "agreement.awaitingSignature"),
    ).toEqual([
      {
        kind: "agreement.awaitingSignature",
        key: `agreement.awaitingSignature:${signing.caseId}:citizen:1`,
        caseId: signing.caseId,
        dueAt: at("2025-03-11T09:00:00Z"),
        audience: { personIds: involved, leadersOfUnitId: null },
        details: { agreementKind: "citizen", version: 1 },
      },
    ]);
  });
});
