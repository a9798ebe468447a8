import { describe, expect, it } from "vitest";
import { completeOrganisationalAgreement } from "../../test/agreement-fixtures";
import {
  activeCase,
  at,
  contactPerson,
  ctx,
  endorsedCase,
  expectOk,
  initiatedCase,
  municipalLeader,
  psychiatrist,
  regionLeader,
  registerInput,
  T0,
  T1,
  T3,
  withConsentOfAll,
} from "../../test/fixtures";
import { saveAgreementDraft } from "../agreements/save-agreement-draft";
import { signAgreement } from "../agreements/sign-agreement";
import type { CaseState } from "../cases/case-state";
import { closeCase } from "../cases/close-case";
import { recordInterventionChange } from "../change-notices/record-intervention-change";
import { declineInitiative } from "../initiative/endorse-initiative";
import { registerInitiative } from "../initiative/register-initiative";
import { recordMeetingHeld } from "../meetings/record-meeting-held";
import { caseIndicators, timeDependentIndicators } from "./case-indicators";
import { meetingsExpected } from "./meetings-expected";
import { quarterLabel } from "./quarter-label";

// Initiative 2025-03-03 09:00 UTC → R9 deadline 2025-04-03 end of day, Danish time.
const held = (state: CaseState, heldAt: Date, kind: "collaboration" | "preparatory") =>
  expectOk(
    recordMeetingHeld(
      state,
      {
        meetingId: `m-${heldAt.getTime()}`,
        kind,
        heldAt,
        citizenPresent: kind === "collaboration",
      },
      ctx(contactPerson, heldAt),
    ),
  ).state;

function signedOrganisationalAgreement(state: CaseState): CaseState {
  const draft = expectOk(
    saveAgreementDraft(
      // R4: the leaders sign contents the consent lets reach them.
      withConsentOfAll(state),
      { kind: "organisational", content: completeOrganisationalAgreement },
      ctx(contactPerson, T3),
    ),
  ).state;
  const sign = { kind: "organisational" as const, version: 1, signAs: "leader" as const };
  const one = expectOk(signAgreement(draft, sign, ctx(municipalLeader, T3))).state;
  return expectOk(signAgreement(one, sign, ctx(regionLeader, T3))).state;
}

describe("caseIndicators: one row per case for the dashboard and the exports", () => {
  it("R5/R6/R9: an active case with its first meeting on time, dated and quartered in Danish time", () => {
    const state = held(activeCase(), at("2025-03-31T22:30:00Z"), "collaboration");
    const indicators = caseIndicators(state, at("2025-04-10T10:00:00Z"));
    expect(indicators).toMatchObject({
      caseVersion: state.version,
      status: "active",
      initiativeAt: T0,
      initiativeQuarter: "2025-Q1",
      endorsedAt: T1,
      endorsedQuarter: "2025-Q1",
      declined: false,
      excluded: false,
      activatedQuarter: "2025-Q1",
      // 00:30 on 1 April in Copenhagen: already the second quarter.
      firstMeetingQuarter: "2025-Q2",
      daysToEndorsement: 1,
      daysToActivation: 7,
      daysToFirstMeeting: 29,
      deadlineState: "met",
      hasCoordinator: true,
      closingReason: null,
      meetingsHeld: 1,
      collaborationMeetingsHeld: 1,
      citizenPresentMeetings: 1,
      // No agreed frequency yet: nothing to hold the meetings against.
      meetingFrequency: null,
      meetingsExpected: null,
      nextMeetingDueAt: null,
      nextMeetingOverdue: false,
      sectors: ["region", "municipality"],
    });
    expect(indicators.deadlineAt?.toISOString()).toBe("2025-04-03T21:59:59.999Z");
  });

  it("R10/R11: agreements signed or not, complete or not; supervision from the signed one", () => {
    const draftOnly = expectOk(
      saveAgreementDraft(
        activeCase(),
        { kind: "citizen", content: { citizenName: "Jens" } },
        ctx(contactPerson, T3),
      ),
    ).state;
    const before = caseIndicators(draftOnly, T3);
    expect(before.citizenAgreement).toMatchObject({ signed: false, complete: false });
    expect(before.citizenAgreement.missingFields).toBeGreaterThan(0);
    expect(before.organisationalAgreement).toEqual({
      signed: false,
      complete: false,
      missingFields: 0,
    });
    expect(before.supervision).toBeNull();

    const signed = caseIndicators(signedOrganisationalAgreement(draftOnly), T3);
    expect(signed.organisationalAgreement).toEqual({
      signed: true,
      complete: true,
      missingFields: 0,
    });
    expect(signed.supervision).toBe(false);
    expect(signed.meetingFrequency).toEqual({ every: 1, unit: "month" });
  });

  it("meetings held against the agreed frequency, and the next one overdue (time-dependent)", () => {
    const agreed = signedOrganisationalAgreement(
      held(activeCase(), at("2025-03-25T09:00:00Z"), "collaboration"),
    );
    const withPreparatory = held(agreed, at("2025-04-20T09:00:00Z"), "preparatory");
    // Monthly from 25 March: due 25 April, 25 May, 25 June → 4 expected by 1 July.
    const july = caseIndicators(withPreparatory, at("2025-07-01T10:00:00Z"));
    expect(july).toMatchObject({
      meetingsHeld: 2,
      collaborationMeetingsHeld: 1,
      meetingsExpected: 4,
      nextMeetingOverdue: true,
    });
    expect(july.nextMeetingDueAt?.toISOString()).toBe("2025-05-20T21:59:59.999Z");
    const may = caseIndicators(withPreparatory, at("2025-05-01T10:00:00Z"));
    expect(may).toMatchObject({ meetingsExpected: 2, nextMeetingOverdue: false });
    // Everything else depends on the state alone: the list the scheduled job refreshes is whole.
    const timeDependent = new Set<string>(timeDependentIndicators);
    const stable = (values: object) =>
      Object.entries(values).filter(([key]) => !timeDependent.has(key));
    expect(stable(may)).toEqual(stable(july));
  });

  it("R9: the deadline turns overdue with time alone", () => {
    const state = initiatedCase();
    expect(caseIndicators(state, at("2025-04-03T21:00:00Z")).deadlineState).toBe("open");
    expect(caseIndicators(state, at("2025-04-03T22:00:00Z")).deadlineState).toBe("overdue");
  });

  it("R3/R5: excluded and declined initiatives have no deadline stored", () => {
    const excluded = expectOk(
      registerInitiative(
        { ...registerInput, citizenStance: "rejects_all_help" },
        ctx(contactPerson, T0),
      ),
    ).state;
    expect(caseIndicators(excluded, T3)).toMatchObject({
      status: "excluded",
      excluded: true,
      excludedAt: T0,
      deadlineAt: null,
      deadlineState: null,
    });
    const declined = expectOk(
      declineInitiative(initiatedCase(), { reason: "Ikke i målgruppen" }, ctx(municipalLeader)),
    ).state;
    expect(caseIndicators(declined, T3)).toMatchObject({
      declined: true,
      declinedAt: T1,
      endorsedAt: null,
      daysToEndorsement: null,
      deadlineAt: null,
      deadlineState: null,
    });
  });

  it("closing: without a meeting no deadline is left; with one it keeps met or missed", () => {
    const closedEarly = expectOk(
      closeCase(endorsedCase(), { reason: "other", note: "Ingen partnere" }, ctx(municipalLeader)),
    ).state;
    expect(caseIndicators(closedEarly, T3)).toMatchObject({
      closingReason: "other",
      closedQuarter: "2025-Q1",
      deadlineState: null,
      nextMeetingDueAt: null,
    });
    const late = held(activeCase(), at("2025-04-10T09:00:00Z"), "collaboration");
    const closed = expectOk(
      closeCase(late, { reason: "goal_reached" }, ctx(regionLeader, at("2025-05-01T09:00:00Z"))),
    ).state;
    expect(caseIndicators(closed, at("2026-01-01T00:00:00Z"))).toMatchObject({
      deadlineState: "missed",
      closingReason: "goal_reached",
      nextMeetingOverdue: false,
    });
  });

  it("R7/R13: coordinator present; notices waiting for acknowledgement", () => {
    const noticed = expectOk(
      recordInterventionChange(
        activeCase(),
        { noticeId: "n1", description: "Ny behandler fra 1. april" },
        ctx(psychiatrist, T3),
      ),
    ).state;
    expect(caseIndicators(noticed, T3)).toMatchObject({
      hasCoordinator: true,
      changeNotices: 1,
      pendingAcknowledgements: 1,
    });
    expect(caseIndicators(initiatedCase(), T3).hasCoordinator).toBe(false);
  });
});

describe("meetingsExpected", () => {
  const first = at("2025-01-31T09:00:00Z");
  it("counts whole weeks from the first collaboration meeting, that meeting included", () => {
    const frequency = { every: 2, unit: "week" as const };
    expect(meetingsExpected({ frequency, firstMeetingAt: first, until: first })).toBe(1);
    expect(
      meetingsExpected({ frequency, firstMeetingAt: first, until: at("2025-02-14T08:00:00Z") }),
    ).toBe(2);
    expect(
      meetingsExpected({ frequency, firstMeetingAt: first, until: at("2025-01-01T08:00:00Z") }),
    ).toBe(1);
  });

  it("counts calendar months clamped to the month's last day, as R9 counts one month", () => {
    const frequency = { every: 1, unit: "month" as const };
    // 31 Jan → 28 Feb → 31 Mar: due on 28 February, not 3 March.
    expect(
      meetingsExpected({ frequency, firstMeetingAt: first, until: at("2025-02-28T12:00:00Z") }),
    ).toBe(2);
    expect(
      meetingsExpected({ frequency, firstMeetingAt: first, until: at("2025-03-30T12:00:00Z") }),
    ).toBe(2);
    expect(
      meetingsExpected({ frequency, firstMeetingAt: first, until: at("2025-03-31T12:00:00Z") }),
    ).toBe(3);
  });

  it("is null with no agreed frequency or no first meeting", () => {
    expect(meetingsExpected({ frequency: null, firstMeetingAt: first, until: first })).toBeNull();
    expect(
      meetingsExpected({ frequency: { every: 1, unit: "week" }, firstMeetingAt: null, until: T3 }),
    ).toBeNull();
  });
});

describe("quarterLabel", () => {
  it("R12: writes quarters so text order is time order", () => {
    expect(quarterLabel({ year: 2025, quarter: 4 })).toBe("2025-Q4");
    expect(["2026-Q1", "2025-Q4", "2025-Q2"].sort()).toEqual(["2025-Q2", "2025-Q4", "2026-Q1"]);
  });
});
