import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { at } from "../../test/fixtures";
import { consentLapsesSoon, consentStatusByOrganisation } from "./consent-status";
import { mayShareInformation } from "./may-share-information";

const K = "kommune";
const R = "region";
const G = "gp";
const base = {
  consentId: "c1",
  purpose: "treatment" as const,
  method: "oral" as const,
  organisationIds: [K, R],
  givenAt: at("2026-01-01T08:00:00Z"),
  expiresAt: null,
  withdrawnAt: null,
};
const now = at("2026-03-01T10:00:00Z");

describe("R4 consentStatusByOrganisation", () => {
  it("R4: names each participating organisation information may reach, and why not for the others", () => {
    expect(consentStatusByOrganisation([base], [K, R, G], now)).toEqual([
      { organisationId: K, mayReceive: true, sharesWith: [R], reason: null },
      { organisationId: R, mayReceive: true, sharesWith: [K], reason: null },
      { organisationId: G, mayReceive: false, sharesWith: [], reason: "not_named" },
    ]);
    expect(consentStatusByOrganisation([], [K, R], now).map((s) => s.reason)).toEqual([
      "no_consent",
      "no_consent",
    ]);
  });

  it("R4: a withdrawn or lapsed consent is named as the reason", () => {
    const withdrawn = { ...base, withdrawnAt: at("2026-02-01T00:00:00Z") };
    expect(consentStatusByOrganisation([withdrawn], [K], now)[0]?.reason).toBe("withdrawn");
    const lapsed = { ...base, expiresAt: at("2026-02-01T00:00:00Z") };
    expect(consentStatusByOrganisation([lapsed], [K, R], now)[0]?.reason).toBe("expired");
    // Named, but the other organisation it names does not take part in the case.
    expect(consentStatusByOrganisation([base], [K, G], now)[0]?.reason).toBe("no_partner");
  });

  it("R4: agrees with mayShareInformation for every pair (property)", () => {
    const orgs = [K, R, G];
    const consent = fc.record({
      consentId: fc.constant("c"),
      purpose: fc.constant("treatment" as const),
      method: fc.constant("oral" as const),
      organisationIds: fc.subarray(orgs, { minLength: 2 }),
      givenAt: fc.constant(base.givenAt),
      expiresAt: fc.option(fc.date({ min: base.givenAt, max: at("2026-06-01T00:00:00Z") })),
      withdrawnAt: fc.option(fc.date({ min: base.givenAt, max: at("2026-06-01T00:00:00Z") })),
    });
    fc.assert(
      fc.property(fc.array(consent, { maxLength: 3 }), (consents) => {
        for (const status of consentStatusByOrganisation(consents, orgs, now)) {
          const flows = orgs.filter(
            (o) =>
              o !== status.organisationId &&
              mayShareInformation(consents, o, status.organisationId, now),
          );
          expect(status.sharesWith).toEqual(flows);
          expect(status.mayReceive).toBe(flows.length > 0);
          expect(status.reason === null).toBe(status.mayReceive);
        }
      }),
    );
  });
});

describe("R4 consentLapsesSoon", () => {
  it("R4: warns 30 days before a consent lapses, not before, not after, not once withdrawn", () => {
    const expiresAt = at("2026-03-31T10:00:00Z");
    expect(consentLapsesSoon({ ...base, expiresAt }, now)).toBe(true);
    expect(consentLapsesSoon({ ...base, expiresAt }, at("2026-03-01T09:59:59Z"))).toBe(false);
    expect(consentLapsesSoon({ ...base, expiresAt }, at("2026-03-31T10:00:01Z"))).toBe(false);
    expect(consentLapsesSoon(base, now)).toBe(false);
    expect(
      consentLapsesSoon({ ...base, expiresAt, withdrawnAt: at("2026-02-01T00:00:00Z") }, now),
    ).toBe(false);
  });
});
