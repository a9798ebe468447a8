import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { saveAgreementDraft } from "../src/agreements/save-agreement-draft";
import { signAgreement } from "../src/agreements/sign-agreement";
import type { CaseState } from "../src/cases/case-state";
import type { CaseCommandResult } from "../src/cases/command";
import { recordInterventionChange } from "../src/change-notices/record-intervention-change";
import { recordConsent } from "../src/consent/record-consent";
import { withdrawConsent } from "../src/consent/withdraw-consent";
import { domainErrors } from "../src/errors/domain-error";
import { recordMeetingHeld } from "../src/meetings/record-meeting-held";
import { scheduleMeeting } from "../src/meetings/schedule-meeting";
import { DANISH_TIME_ZONE } from "../src/time/copenhagen";
import { completeCitizenAgreement } from "./agreement-fixtures";
import {
  activeCase,
  allOrganisationIds,
  at,
  contactPerson,
  ctx,
  expectOk,
  psychiatrist,
} from "./fixtures";

// The reference: Danish calendar days read through the runtime's own Intl tz data, with
// none of the domain's calendar code, and the windows written out as the rules say them.
const danishParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: DANISH_TIME_ZONE,
  year: "numeric",
  month: "numeric",
  day: "numeric",
});
type Day = { year: number; month: number; day: number };
function danishDay(date: Date): Day {
  const parts = Object.fromEntries(danishParts.formatToParts(date).map((p) => [p.type, p.value]));
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day) };
}
const dayKey = ({ year, month, day }: Day) => year * 10_000 + month * 100 + day;
/** The same day `years` later, or the month's last day (29 February → 28 February). */
function yearsLater({ year, month, day }: Day, years: number): Day {
  const lastDay = new Date(Date.UTC(year + years, month, 0)).getUTCDate();
  return { year: year + years, month, day: Math.min(day, lastDay) };
}
const onOrAfterDay = (a: Date, b: Date) => dayKey(danishDay(a)) >= dayKey(danishDay(b));
const withinYearsOf = (a: Date, from: Date, years: number) =>
  dayKey(danishDay(a)) <= dayKey(yearsLater(danishDay(from), years));

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** The impossible dates an outside probe had stored. */
const IMPOSSIBLE = ["0001-01-01T00:00:00Z", "1970-01-01T00:00:00Z", "9999-12-31T00:00:00Z"].map(at);

/** A plausible "now" and an initiative up to two years before it. */
const nowArb = fc
  .integer({ min: Date.UTC(2019, 0, 1), max: Date.UTC(2035, 11, 31) })
  .map((ms) => new Date(ms));
const initiativeBefore = (now: Date) =>
  fc.integer({ min: 0, max: 2 * 365 * DAY }).map((back) => new Date(now.getTime() - back));
/**
 * Dates near every bound the rules draw (a few hours either side of a Danish midnight, a
 * year or five ahead), anywhere in between, and the probe's impossible ones.
 */
const dateAround = (...anchors: Date[]) =>
  fc.oneof(
    fc
      .record({
        anchor: fc.constantFrom(...anchors),
        years: fc.constantFrom(0, 1, 5),
        offset: fc.integer({ min: -2 * DAY, max: 2 * DAY }),
      })
      .map(({ anchor, years, offset }) => new Date(anchor.getTime() + years * 365 * DAY + offset)),
    fc.integer({ min: Date.UTC(2016, 0, 1), max: Date.UTC(2042, 0, 1) }).map((ms) => new Date(ms)),
    fc.constantFrom(...IMPOSSIBLE),
  );

/** The active fixture case, its initiative moved to `initiativeAt`. */
function caseFrom(initiativeAt: Date): CaseState {
  const state = activeCase();
  return { ...state, initiative: { ...state.initiative, initiativeAt } };
}

/** Accepted when the window says so; otherwise refused with the expected code, never stored. */
function expectDecision(result: CaseCommandResult, allowed: boolean, codes: readonly string[]) {
  if (allowed) {
    expect(result.ok, result.ok ? "" : result.error.code).toBe(true);
    return;
  }
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(codes).toContain(result.error.code);
  expect(result.error.message.da).toBe(domainErrors[result.error.code].message.da);
}

const runs = { numRuns: 300 };
/** 1 January 2018, 00:00 Danish time: the model's first day. */
const MODEL_START = at("2018-01-01T00:00:00+01:00");

describe("date windows: every date of a case lies where the model allows it", () => {
  it("R8/R9: a meeting is held on or after the initiative's Danish day and not after now", () => {
    fc.assert(
      fc.property(
        nowArb.chain((now) =>
          initiativeBefore(now).chain((initiativeAt) =>
            fc.record({
              now: fc.constant(now),
              initiativeAt: fc.constant(initiativeAt),
              heldAt: dateAround(initiativeAt, now),
            }),
          ),
        ),
        ({ now, initiativeAt, heldAt }) => {
          const result = recordMeetingHeld(
            caseFrom(initiativeAt),
            { meetingId: "m1", kind: "collaboration", heldAt, citizenPresent: true },
            ctx(contactPerson, now),
          );
          const allowed = heldAt.getTime() <= now.getTime() && onOrAfterDay(heldAt, initiativeAt);
          expectDecision(result, allowed, [
            "MEETING_HELD_IN_FUTURE",
            "MEETING_HELD_BEFORE_INITIATIVE",
          ]);
        },
      ),
      runs,
    );
  });

  it("R7: a meeting is planned from now to the end of the same Danish day a year ahead", () => {
    fc.assert(
      fc.property(
        nowArb.chain((now) => fc.record({ now: fc.constant(now), scheduledFor: dateAround(now) })),
        ({ now, scheduledFor }) => {
          const result = scheduleMeeting(
            caseFrom(new Date(now.getTime() - DAY)),
            { meetingId: "m1", kind: "collaboration", scheduledFor },
            ctx(contactPerson, now),
          );
          const allowed =
            scheduledFor.getTime() >= now.getTime() && withinYearsOf(scheduledFor, now, 1);
          expectDecision(result, allowed, [
            "MEETING_SCHEDULED_IN_PAST",
            "MEETING_SCHEDULED_TOO_FAR_AHEAD",
          ]);
        },
      ),
      runs,
    );
  });

  it("R13: a change takes effect from the initiative's Danish day to a year after now, or has no date", () => {
    fc.assert(
      fc.property(
        nowArb.chain((now) =>
          initiativeBefore(now).chain((initiativeAt) =>
            fc.record({
              now: fc.constant(now),
              initiativeAt: fc.constant(initiativeAt),
              effectiveFrom: fc.option(dateAround(initiativeAt, now)),
            }),
          ),
        ),
        ({ now, initiativeAt, effectiveFrom }) => {
          const result = recordInterventionChange(
            caseFrom(initiativeAt),
            { noticeId: "n1", description: "Bostøtten ophører", effectiveFrom },
            ctx(psychiatrist, now),
          );
          const allowed =
            effectiveFrom === null ||
            (onOrAfterDay(effectiveFrom, initiativeAt) && withinYearsOf(effectiveFrom, now, 1));
          expectDecision(result, allowed, ["CHANGE_EFFECTIVE_OUTSIDE_WINDOW"]);
        },
      ),
      runs,
    );
  });

  it("R4: a consent is given by now and not before 2018; it expires after that, within a year for other purposes and five years for treatment", () => {
    fc.assert(
      fc.property(
        nowArb.chain((now) =>
          dateAround(now, MODEL_START).chain((givenAt) =>
            fc.record({
              now: fc.constant(now),
              givenAt: fc.constant(givenAt),
              purpose: fc.constantFrom("treatment" as const, "other" as const),
              expiresAt: fc.option(dateAround(givenAt)),
            }),
          ),
        ),
        ({ now, givenAt, purpose, expiresAt }) => {
          const result = recordConsent(
            caseFrom(MODEL_START),
            {
              consentId: "s1",
              method: "written",
              purpose,
              organisationIds: ["aarhus-kommune", "region-midt-psykiatri"],
              givenAt,
              expiresAt,
            },
            ctx(contactPerson, now),
          );
          const givenOk = givenAt.getTime() <= now.getTime() && danishDay(givenAt).year >= 2018;
          const expiryOk =
            expiresAt === null ||
            (expiresAt.getTime() > givenAt.getTime() &&
              withinYearsOf(expiresAt, givenAt, purpose === "other" ? 1 : 5));
          expectDecision(result, givenOk && expiryOk, [
            "CONSENT_IN_FUTURE",
            "CONSENT_GIVEN_BEFORE_MODEL",
            "CONSENT_EXPIRY_INVALID",
            "CONSENT_EXPIRY_TOO_FAR_AHEAD",
          ]);
          // Consent for other purposes always lapses: without an expiry it is given one.
          if (result.ok && purpose === "other") {
            expect(withinYearsOf(result.state.consents[0]?.expiresAt as Date, givenAt, 1)).toBe(
              true,
            );
          }
        },
      ),
      runs,
    );
  });

  it("R4: a consent is withdrawn by now and not before the Danish day it was given", () => {
    fc.assert(
      fc.property(
        nowArb.chain((now) =>
          fc
            .integer({ min: 0, max: 360 * DAY })
            .map((back) => new Date(now.getTime() - back))
            .chain((givenAt) =>
              fc.record({
                now: fc.constant(now),
                givenAt: fc.constant(givenAt),
                withdrawnAt: dateAround(givenAt, now),
              }),
            ),
        ),
        ({ now, givenAt, withdrawnAt }) => {
          const given = expectOk(
            recordConsent(
              caseFrom(MODEL_START),
              {
                consentId: "s1",
                method: "oral",
                organisationIds: ["aarhus-kommune", "region-midt-psykiatri"],
                givenAt,
              },
              ctx(contactPerson, now),
            ),
          ).state;
          const result = withdrawConsent(
            given,
            { consentId: "s1", withdrawnAt },
            ctx(contactPerson, now),
          );
          const allowed =
            withdrawnAt.getTime() <= now.getTime() && onOrAfterDay(withdrawnAt, givenAt);
          expectDecision(result, allowed, ["CONSENT_IN_FUTURE", "CONSENT_WITHDRAWN_BEFORE_GIVEN"]);
        },
      ),
      runs,
    );
  });

  it("R11: the citizen agreed by now and not before the initiative's Danish day", () => {
    fc.assert(
      fc.property(
        nowArb.chain((now) =>
          initiativeBefore(now).chain((initiativeAt) =>
            fc.record({
              now: fc.constant(now),
              initiativeAt: fc.constant(initiativeAt),
              agreedAt: dateAround(initiativeAt, now),
            }),
          ),
        ),
        ({ now, initiativeAt, agreedAt }) => {
          // R4: the team signs only what the consent lets it read, so the consent covers all.
          const consented = expectOk(
            recordConsent(
              caseFrom(initiativeAt),
              {
                consentId: "samtykke-alle",
                method: "oral",
                organisationIds: allOrganisationIds,
                givenAt: now,
              },
              ctx(contactPerson, now),
            ),
          ).state;
          const draft = expectOk(
            saveAgreementDraft(
              consented,
              { kind: "citizen", content: completeCitizenAgreement },
              ctx(psychiatrist, now),
            ),
          ).state;
          const result = signAgreement(
            draft,
            {
              kind: "citizen",
              version: 1,
              signAs: "citizen",
              citizenAgreement: { how: "on_paper", agreedAt },
            },
            ctx(contactPerson, now),
          );
          const allowed =
            agreedAt.getTime() <= now.getTime() && onOrAfterDay(agreedAt, initiativeAt);
          expectDecision(result, allowed, ["CITIZEN_AGREED_OUTSIDE_WINDOW"]);
        },
      ),
      runs,
    );
  });
});

describe("date windows: the probe's impossible dates are refused in Danish", () => {
  it("refuses 0001-01-01 and 1970-01-01 as held, 9999-12-31 as planned, and 0001/9999 expiries and changes", () => {
    const now = at("2025-03-20T09:00:00Z");
    const state = activeCase();
    for (const heldAt of IMPOSSIBLE.slice(0, 2)) {
      const result = recordMeetingHeld(
        state,
        { meetingId: "m1", kind: "collaboration", heldAt, citizenPresent: true },
        ctx(contactPerson, now),
      );
      expectDecision(result, false, ["MEETING_HELD_BEFORE_INITIATIVE"]);
    }
    expect(domainErrors.MEETING_HELD_BEFORE_INITIATIVE.message.da).toContain("initiativet");
    expectDecision(
      scheduleMeeting(
        state,
        { meetingId: "m1", kind: "collaboration", scheduledFor: IMPOSSIBLE[2] as Date },
        ctx(contactPerson, now),
      ),
      false,
      ["MEETING_SCHEDULED_TOO_FAR_AHEAD"],
    );
    for (const effectiveFrom of [IMPOSSIBLE[0] as Date, IMPOSSIBLE[2] as Date]) {
      expectDecision(
        recordInterventionChange(
          state,
          { noticeId: "n1", description: "Ny behandler", effectiveFrom },
          ctx(psychiatrist, now),
        ),
        false,
        ["CHANGE_EFFECTIVE_OUTSIDE_WINDOW"],
      );
    }
    expectDecision(
      recordConsent(
        state,
        {
          consentId: "s1",
          method: "oral",
          organisationIds: ["aarhus-kommune", "region-midt-psykiatri"],
          givenAt: at("2025-03-03T00:00:00+01:00"),
          expiresAt: IMPOSSIBLE[2] as Date,
        },
        ctx(contactPerson, now),
      ),
      false,
      ["CONSENT_EXPIRY_TOO_FAR_AHEAD"],
    );
    expectDecision(
      recordConsent(
        state,
        {
          consentId: "s1",
          method: "oral",
          organisationIds: ["aarhus-kommune", "region-midt-psykiatri"],
          givenAt: IMPOSSIBLE[0] as Date,
        },
        ctx(contactPerson, now),
      ),
      false,
      ["CONSENT_GIVEN_BEFORE_MODEL"],
    );
  });
});
