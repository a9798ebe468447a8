import { describe, expect, it } from "vitest";
import {
  activeCase,
  at,
  contactPerson,
  ctx,
  expectError,
  expectOk,
  gpLeader,
  initiatedCase,
  municipalLeader,
  T1,
  T3,
} from "../../test/fixtures";
import { closeCase } from "../cases/close-case";
import { oneYearAfter } from "./consent-validity";
import { coveringConsent, mayShareInformation } from "./may-share-information";
import type { RecordConsentCommand } from "./record-consent";
import { recordConsent } from "./record-consent";
import { withdrawConsent } from "./withdraw-consent";

const KOMMUNE = "aarhus-kommune";
const REGION = "region-midt-psykiatri";
const GP = "laegehuset-syd";
const oral: RecordConsentCommand = {
  consentId: "s1",
  method: "oral",
  organisationIds: [KOMMUNE, REGION],
  givenAt: at("2025-03-04T08:00:00Z"),
};

describe("R4 recordConsent / withdrawConsent", () => {
  it("R4: records who gave consent, when, how, and which organisations it covers — before activation too", () => {
    const { state, events } = expectOk(
      recordConsent(initiatedCase(), oral, ctx(contactPerson, T1)),
    );
    expect(state.consents[0]).toMatchObject({
      consentId: "s1",
      givenBy: { kind: "citizen" },
      method: "oral",
      purpose: "treatment",
      organisationIds: [KOMMUNE, REGION],
      givenAt: oral.givenAt,
      expiresAt: null,
      // R4: who recorded it, for which organisation, when.
      recordedBy: {
        personId: contactPerson.personId,
        name: contactPerson.name,
        organisationId: KOMMUNE,
        recordedAt: T1,
        inferred: false,
      },
      withdrawnAt: null,
      withdrawalRecordedBy: null,
    });
    expect(events[0]).toMatchObject({ type: "ConsentRecorded", consentId: "s1" });
    const byRepresentative = expectOk(
      recordConsent(
        initiatedCase(),
        { ...oral, givenBy: { kind: "representative", name: "Værge Hansen", relation: "værge" } },
        ctx(contactPerson, T1),
      ),
    ).state.consents[0];
    expect(byRepresentative?.givenBy).toEqual({
      kind: "representative",
      name: "Værge Hansen",
      relation: "værge",
    });
  });

  it("R4: consent for other purposes than treatment must be written and lasts at most one year", () => {
    const other: RecordConsentCommand = { ...oral, purpose: "other" };
    expect(
      expectError(
        recordConsent(initiatedCase(), other, ctx(contactPerson, T1)),
        "CONSENT_MUST_BE_WRITTEN",
      ).rule,
    ).toBe("R4");
    const written = expectOk(
      recordConsent(initiatedCase(), { ...other, method: "written" }, ctx(contactPerson, T1)),
    );
    expect(written.state.consents[0]?.expiresAt).toEqual(at("2026-03-04T22:59:59.999Z"));
    expectError(
      recordConsent(
        initiatedCase(),
        { ...other, method: "written", expiresAt: at("2026-03-05T00:00:00Z") },
        ctx(contactPerson, T1),
      ),
      "CONSENT_EXPIRY_INVALID",
    );
    expectOk(
      recordConsent(
        initiatedCase(),
        { ...other, method: "written", expiresAt: at("2025-12-31T00:00:00Z") },
        ctx(contactPerson, T1),
      ),
    );
  });

  it("R4: consent cannot be given in the future, expire before it is given, or cover one organisation", () => {
    expectError(
      recordConsent(
        initiatedCase(),
        { ...oral, givenAt: at("2025-03-05T00:00:00Z") },
        ctx(contactPerson, T1),
      ),
      "CONSENT_IN_FUTURE",
    );
    expectError(
      recordConsent(initiatedCase(), { ...oral, expiresAt: oral.givenAt }, ctx(contactPerson, T1)),
      "CONSENT_EXPIRY_INVALID",
    );
    expectError(
      recordConsent(
        initiatedCase(),
        { ...oral, organisationIds: [KOMMUNE, KOMMUNE] },
        ctx(contactPerson, T1),
      ),
      "INVALID_COMMAND",
    );
    const once = expectOk(recordConsent(initiatedCase(), oral, ctx(contactPerson, T1))).state;
    expectError(recordConsent(once, oral, ctx(contactPerson, T1)), "DUPLICATE_ID");
    expectError(recordConsent(initiatedCase(), oral, ctx(gpLeader, T1)), "NOT_A_CASE_PARTICIPANT");
  });

  it("R4: withdrawal is recorded, once, and also after closing", () => {
    const given = expectOk(recordConsent(activeCase(), oral, ctx(contactPerson, T3))).state;
    const closed = expectOk(
      closeCase(given, { reason: "goal_reached" }, ctx(municipalLeader, T3)),
    ).state;
    const { state, events } = expectOk(
      withdrawConsent(closed, { consentId: "s1" }, ctx(contactPerson, T3)),
    );
    expect(state.consents[0]).toMatchObject({
      withdrawnAt: T3,
      withdrawalRecordedBy: { personId: contactPerson.personId, organisationId: KOMMUNE },
    });
    expect(events[0]).toMatchObject({ type: "ConsentWithdrawn", withdrawnAt: T3 });
    expectError(
      withdrawConsent(state, { consentId: "s1" }, ctx(contactPerson, T3)),
      "CONSENT_ALREADY_WITHDRAWN",
    );
    expectError(
      withdrawConsent(state, { consentId: "nope" }, ctx(contactPerson, T3)),
      "CONSENT_NOT_FOUND",
    );
    expectError(
      withdrawConsent(
        given,
        { consentId: "s1", withdrawnAt: at("2030-01-01T00:00:00Z") },
        ctx(contactPerson, T3),
      ),
      "CONSENT_IN_FUTURE",
    );
    expectError(
      withdrawConsent(given, { consentId: "s1" }, ctx(gpLeader, T3)),
      "NOT_A_CASE_PARTICIPANT",
    );
  });
});

describe("R4 mayShareInformation", () => {
  const consent = {
    consentId: "s1",
    purpose: "treatment" as const,
    method: "oral" as const,
    organisationIds: [KOMMUNE, REGION],
    givenAt: at("2025-03-04T08:00:00Z"),
    expiresAt: at("2025-09-30T21:59:59.999Z"),
    withdrawnAt: at("2025-06-01T10:00:00Z"),
  };

  it("R4: information flows only between organisations the consent covers, in both directions", () => {
    const noon = at("2025-04-01T10:00:00Z");
    expect(mayShareInformation([consent], KOMMUNE, REGION, noon)).toBe(true);
    expect(mayShareInformation([consent], REGION, KOMMUNE, noon)).toBe(true);
    expect(mayShareInformation([consent], KOMMUNE, GP, noon)).toBe(false);
    expect(mayShareInformation([], KOMMUNE, REGION, noon)).toBe(false);
  });

  it("R4: not before the consent was given, not from its withdrawal on, not after expiry", () => {
    expect(mayShareInformation([consent], KOMMUNE, REGION, at("2025-03-04T07:59:59.999Z"))).toBe(
      false,
    );
    expect(mayShareInformation([consent], KOMMUNE, REGION, consent.givenAt)).toBe(true);
    expect(mayShareInformation([consent], KOMMUNE, REGION, at("2025-06-01T09:59:59.999Z"))).toBe(
      true,
    );
    expect(mayShareInformation([consent], KOMMUNE, REGION, consent.withdrawnAt)).toBe(false);
    const notWithdrawn = { ...consent, withdrawnAt: null };
    expect(mayShareInformation([notWithdrawn], KOMMUNE, REGION, consent.expiresAt)).toBe(true);
    expect(mayShareInformation([notWithdrawn], KOMMUNE, REGION, at("2025-09-30T22:00:00Z"))).toBe(
      false,
    );
    expect(
      mayShareInformation(
        [{ ...notWithdrawn, expiresAt: null }],
        KOMMUNE,
        REGION,
        at("2040-01-01T00:00:00Z"),
      ),
    ).toBe(true);
  });

  it("R4: a treatment consent does not cover other purposes; other purposes need a written consent within a year", () => {
    const noon = at("2025-04-01T10:00:00Z");
    expect(mayShareInformation([consent], KOMMUNE, REGION, noon, "other")).toBe(false);
    const other = {
      ...consent,
      purpose: "other" as const,
      method: "written" as const,
      expiresAt: null,
      withdrawnAt: null,
    };
    expect(mayShareInformation([other], KOMMUNE, REGION, noon, "other")).toBe(true);
    expect(mayShareInformation([other], KOMMUNE, REGION, noon)).toBe(false);
    expect(
      mayShareInformation([{ ...other, method: "oral" as const }], KOMMUNE, REGION, noon, "other"),
    ).toBe(false);
    expect(mayShareInformation([other], KOMMUNE, REGION, at("2026-03-05T00:00:00Z"), "other")).toBe(
      false,
    );
  });

  it("R4: within one organisation nothing is exchanged, so it is allowed", () => {
    expect(mayShareInformation([], KOMMUNE, KOMMUNE, T1)).toBe(true);
    expect(() => mayShareInformation([], KOMMUNE, KOMMUNE, new Date(Number.NaN))).toThrow(
      RangeError,
    );
  });

  it("R4: coveringConsent tells which consent allows the flow", () => {
    const other = { ...consent, consentId: "s2", withdrawnAt: null };
    expect(
      coveringConsent([consent, other], {
        from: KOMMUNE,
        to: REGION,
        at: at("2025-07-01T00:00:00Z"),
      })?.consentId,
    ).toBe("s2");
  });

  it("R4: one year runs to the end of the same Danish calendar day (29 Feb → 28 Feb)", () => {
    expect(oneYearAfter(at("2024-02-29T12:00:00Z"))).toEqual(at("2025-02-28T22:59:59.999Z"));
    expect(oneYearAfter(at("2025-06-15T23:30:00Z"))).toEqual(at("2026-06-16T21:59:59.999Z"));
  });
});
