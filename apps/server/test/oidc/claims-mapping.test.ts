import type { PersonWithPlace } from "@samstemt/db";
import { describe, expect, it } from "vitest";
import { readServerConfig } from "../../src/env";
import { decideSignIn } from "../../src/oidc/claims-mapping";
import type { OidcConfig } from "../../src/oidc/oidc-config";

const base = {
  OIDC_ISSUER: "https://login.example.dk",
  OIDC_CLIENT_ID: "samstemt",
  OIDC_CLIENT_SECRET: "secret",
};

const person: PersonWithPlace = {
  personId: "p1",
  name: "Mads Østergaard",
  role: "staff",
  demo: false,
  unitId: "u1",
  unitName: "Socialpsykiatri og Bostøtte",
  organisationId: "o1",
  organisationName: "Holstebro Kommune",
};

function config(env: Record<string, string> = {}): OidcConfig {
  const oidc = readServerConfig({ ...base, ...env }).oidc;
  if (!oidc) throw new Error("no OpenID Connect configuration");
  return oidc;
}

describe("OpenID Connect configuration", () => {
  it("is off without an issuer and needs a client id and secret with one", () => {
    expect(readServerConfig({}).oidc).toBeNull();
    expect(() => readServerConfig({ OIDC_ISSUER: "https://login.example.dk" })).toThrow(
      /OIDC_CLIENT_ID/,
    );
    expect(config()).toMatchObject({
      issuer: "https://login.example.dk",
      scopes: "openid profile email",
      claims: { person: "sub" },
      allowHttp: false,
    });
  });

  it("reads the role mapping as value=role pairs and refuses nonsense", () => {
    const mapped = config({
      OIDC_ROLE_CLAIM: "roles",
      OIDC_ROLE_MAP: "Samstemt.Leder=leader, Samstemt.Medarbejder=staff",
    });
    expect([...mapped.roleMap]).toEqual([
      ["Samstemt.Leder", "leader"],
      ["Samstemt.Medarbejder", "staff"],
    ]);
    expect(() => config({ OIDC_ROLE_CLAIM: "roles", OIDC_ROLE_MAP: "x=admin" })).toThrow(
      /OIDC_ROLE_MAP/,
    );
    expect(() => config({ OIDC_ROLE_CLAIM: "roles" })).toThrow(/OIDC_ROLE_MAP/);
  });
});

describe("deciding a sign-in from the provider's claims", () => {
  const full = config({
    OIDC_PERSON_CLAIM: "employee_id",
    OIDC_ORGANISATION_CLAIM: "org",
    OIDC_UNIT_CLAIM: "department",
    OIDC_ROLE_CLAIM: "roles",
    OIDC_ROLE_MAP: "Samstemt.Leder=leader,Samstemt.Medarbejder=staff",
  });
  const claims = {
    sub: "ignored",
    employee_id: "E-4711",
    org: "Holstebro Kommune",
    department: "u1",
    roles: ["Andet", "Samstemt.Medarbejder"],
  };

  it("lets in the person Samstemt knows when every configured claim agrees", () => {
    expect(decideSignIn(claims, person, full)).toEqual({ ok: true, subject: "E-4711" });
  });

  it("refuses, naming why: unknown, no subject, other organisation, unit or role", () => {
    expect(decideSignIn(claims, null, full)).toEqual({ ok: false, reason: "unknown-person" });
    expect(decideSignIn({ ...claims, employee_id: 42 }, person, full)).toEqual({
      ok: false,
      reason: "no-subject",
    });
    expect(decideSignIn({ ...claims, org: "Herning Kommune" }, person, full)).toEqual({
      ok: false,
      reason: "organisation",
    });
    expect(decideSignIn({ ...claims, department: "u2" }, person, full)).toEqual({
      ok: false,
      reason: "unit",
    });
    // The provider may not promote: a leader's group on a staff member refuses.
    expect(decideSignIn({ ...claims, roles: ["Samstemt.Leder"] }, person, full)).toEqual({
      ok: false,
      reason: "role",
    });
    expect(decideSignIn({ ...claims, roles: [] }, person, full)).toEqual({
      ok: false,
      reason: "role",
    });
  });

  it("checks only what is configured", () => {
    expect(decideSignIn({ sub: "abc" }, person, config())).toEqual({ ok: true, subject: "abc" });
  });
});
