import { describe, expect, it } from "vitest";
import {
  activeCase,
  contactPerson,
  ctx,
  expectError,
  expectOk,
  gpLeader,
  psychiatrist,
  T0,
  T3,
} from "../../test/fixtures";
import type { CaseState } from "../cases/case-state";
import { caseActionsFor } from "../views/case-actions";
import { caseViewFor } from "../views/case-view-for";
import { recordConsent } from "./record-consent";
import { withdrawConsent } from "./withdraw-consent";

const DAY = 24 * 60 * 60 * 1000;

/** The region records a consent covering the region and the GP only: the municipality is outside it. */
function regionConsent(): CaseState {
  return expectOk(
    recordConsent(
      activeCase(),
      {
        consentId: "samtykke-region",
        method: "oral",
        organisationIds: [psychiatrist.organisationId, gpLeader.organisationId],
        givenAt: T0,
      },
      ctx(psychiatrist, T3),
    ),
  ).state;
}

describe("withdrawConsent by a person the consent's details do not reach (R4)", () => {
  it("R4: the citizen may tell anyone on the case; the view lists the consent by who recorded it, not what it says", () => {
    const state = regionConsent();
    const listed = caseViewFor(state, contactPerson, T3)?.consents;
    expect(listed).toEqual([
      {
        consentId: "samtykke-region",
        details: expect.objectContaining({ shown: false, withheld: "no_consent" }),
      },
    ]);
    expect(listed?.[0]?.details.recordedBy.organisationId).toBe(psychiatrist.organisationId);
    expect(caseActionsFor(state, contactPerson, T3).withdrawConsentIds).toEqual([
      "samtykke-region",
    ]);
    const withdrawn = expectOk(
      withdrawConsent(state, { consentId: "samtykke-region" }, ctx(contactPerson, T3)),
    ).state;
    expect(withdrawn.consents[0]?.withdrawnAt).toEqual(T3);
  });

  it("R4: a too-early date is refused without telling the date the consent was given", () => {
    const state = regionConsent();
    const tooEarly = {
      consentId: "samtykke-region",
      withdrawnAt: new Date(T0.getTime() - 2 * DAY),
    };
    const outside = expectError(
      withdrawConsent(state, tooEarly, ctx(contactPerson, T3)),
      "CONSENT_WITHDRAWN_BEFORE_GIVEN",
    );
    expect(outside.details).toEqual({ withdrawnAt: tooEarly.withdrawnAt });
    // Whom it reaches is told the date, to correct theirs.
    const inside = expectError(
      withdrawConsent(state, tooEarly, ctx(psychiatrist, T3)),
      "CONSENT_WITHDRAWN_BEFORE_GIVEN",
    );
    expect(inside.details).toEqual({ withdrawnAt: tooEarly.withdrawnAt, givenAt: T0 });
  });
});
