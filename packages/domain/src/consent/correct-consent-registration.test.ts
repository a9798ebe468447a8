import { describe, expect, it } from "vitest";
import {
  activeCase,
  at,
  contactPerson,
  ctx,
  expectError,
  expectOk,
  gpLeader,
  municipalLeader,
  psychiatrist,
  T3,
} from "../../test/fixtures";
import { alertConditions } from "../alerts/alert-conditions";
import { closeCase } from "../cases/close-case";
import { caseActionsFor } from "../views/case-actions";
import { caseViewFor } from "../views/case-view-for";
import { consentStatusByOrganisation } from "./consent-status";
import { correctConsentRegistration } from "./correct-consent-registration";
import { mayShareInformation } from "./may-share-information";
import { recordConsent } from "./record-consent";
import { withdrawConsent } from "./withdraw-consent";

const KOMMUNE = "aarhus-kommune";
const REGION = "region-midt-psykiatri";
const reason = "Registreret på den forkerte borger.\nDet rigtige samtykke følger.";

/** A written consent for other purposes, lapsing within the warning window, by the municipality. */
const consented = () =>
  expectOk(
    recordConsent(
      activeCase(),
      {
        consentId: "s1",
        method: "written",
        purpose: "other",
        organisationIds: [KOMMUNE, REGION],
        givenAt: at("2025-03-19T09:00:00Z"),
        expiresAt: at("2025-04-10T21:59:59.999Z"),
        note: "Underskrevet på kontoret",
      },
      ctx(contactPerson, T3),
    ),
  ).state;

describe("R4 correctConsentRegistration", () => {
  it("R4: a registration made by mistake is corrected with who, when and why; the registration is kept", () => {
    const before = consented();
    const later = at("2025-03-21T10:00:00Z");
    const { state, events } = expectOk(
      correctConsentRegistration(before, { consentId: "s1", reason }, ctx(contactPerson, later)),
    );
    expect(state.consents).toEqual([]);
    expect(state.correctedConsents).toEqual([
      {
        ...before.consents[0],
        correction: {
          reason,
          correctedBy: {
            personId: contactPerson.personId,
            name: contactPerson.name,
            organisationId: KOMMUNE,
            recordedAt: later,
            inferred: false,
          },
        },
      },
    ]);
    // Not a withdrawal: nothing says the citizen took anything back.
    expect(state.correctedConsents[0]?.withdrawnAt).toBeNull();
    expect(events).toMatchObject([{ type: "ConsentRegistrationCorrected", consentId: "s1" }]);
    expect(events.some((e) => e.type === "ConsentWithdrawn")).toBe(false);
  });

  it("R4: a corrected registration covers nothing — no flow, no lapsing warning, and its id stays used", () => {
    const before = consented();
    const now = at("2025-03-21T10:00:00Z");
    expect(mayShareInformation(before.consents, KOMMUNE, REGION, now, "other")).toBe(true);
    expect(alertConditions(before, now).some((c) => c.kind === "consent.expiring")).toBe(true);
    const { state } = expectOk(
      correctConsentRegistration(before, { consentId: "s1", reason }, ctx(contactPerson, now)),
    );
    expect(mayShareInformation(state.consents, KOMMUNE, REGION, now, "other")).toBe(false);
    expect(alertConditions(state, now).some((c) => c.kind === "consent.expiring")).toBe(false);
    expect(
      consentStatusByOrganisation(state.consents, [KOMMUNE, REGION], now).map((s) => s.reason),
    ).toEqual(["no_consent", "no_consent"]);
    // The psychiatrist (region) no longer reads the municipality's items by that consent.
    const view = caseViewFor(state, psychiatrist, now);
    expect(view?.correctedConsents).toMatchObject([
      { consentId: "s1", correctedBy: { organisationId: KOMMUNE }, details: { shown: false } },
    ]);
    // The municipality reads what was registered and why it was wrong.
    expect(caseViewFor(state, contactPerson, now)?.correctedConsents[0]?.details).toMatchObject({
      shown: true,
      content: { correctionReason: reason, organisationIds: [KOMMUNE, REGION] },
    });
    expectError(
      recordConsent(
        state,
        {
          consentId: "s1",
          method: "oral",
          organisationIds: [KOMMUNE, REGION],
          givenAt: at("2025-03-20T09:00:00Z"),
        },
        ctx(contactPerson, now),
      ),
      "DUPLICATE_ID",
    );
  });

  it("R4: only the registering organisation corrects it, once, with a reason; a withdrawal stays a withdrawal", () => {
    const before = consented();
    expectError(
      correctConsentRegistration(before, { consentId: "s1", reason }, ctx(psychiatrist, T3)),
      "CONSENT_CORRECTION_NOT_OWN_REGISTRATION",
    );
    expectError(
      correctConsentRegistration(before, { consentId: "s1", reason }, ctx(gpLeader, T3)),
      "NOT_A_CASE_PARTICIPANT",
    );
    expectError(
      correctConsentRegistration(before, { consentId: "s1", reason: "  " }, ctx(contactPerson, T3)),
      "INVALID_COMMAND",
    );
    expectError(
      correctConsentRegistration(before, { consentId: "nope", reason }, ctx(contactPerson, T3)),
      "CONSENT_NOT_FOUND",
    );
    // A colleague of the same organisation may correct it; after closing too.
    const closed = expectOk(
      closeCase(before, { reason: "goal_reached" }, ctx(municipalLeader, T3)),
    ).state;
    const corrected = expectOk(
      correctConsentRegistration(closed, { consentId: "s1", reason }, ctx(municipalLeader, T3)),
    ).state;
    expectError(
      correctConsentRegistration(corrected, { consentId: "s1", reason }, ctx(contactPerson, T3)),
      "CONSENT_ALREADY_CORRECTED",
    );
    // A withdrawn consent corrected later keeps its withdrawal as recorded.
    const withdrawn = expectOk(
      withdrawConsent(before, { consentId: "s1" }, ctx(contactPerson, T3)),
    ).state;
    const both = expectOk(
      correctConsentRegistration(withdrawn, { consentId: "s1", reason }, ctx(contactPerson, T3)),
    ).state;
    expect(both.correctedConsents[0]).toMatchObject({
      withdrawnAt: T3,
      withdrawalRecordedBy: { personId: contactPerson.personId },
    });
    expectError(
      withdrawConsent(both, { consentId: "s1" }, ctx(contactPerson, T3)),
      "CONSENT_NOT_FOUND",
    );
  });

  it("R4: the case page offers the correction to the registering organisation only", () => {
    const before = consented();
    expect(caseActionsFor(before, contactPerson, T3).correctConsentIds).toEqual(["s1"]);
    expect(caseActionsFor(before, municipalLeader, T3).correctConsentIds).toEqual(["s1"]);
    expect(caseActionsFor(before, psychiatrist, T3).correctConsentIds).toEqual([]);
  });
});
