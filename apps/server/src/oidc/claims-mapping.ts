import type { PersonWithPlace } from "@samstemt/db";
import type { OidcConfig } from "./oidc-config";

export type ClaimsDecision =
  | { ok: true; subject: string }
  | { ok: false; reason: "no-subject" | "unknown-person" | "organisation" | "unit" | "role" };

/** A claim's values as strings: a string, or a list of strings (groups, roles). */
function values(claims: Record<string, unknown>, name: string): string[] {
  const value = claims[name];
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === "string");
  return [];
}

/** The identity provider's subject for Samstemt: the configured person claim, or nothing. */
export function subjectOf(claims: Record<string, unknown>, config: OidcConfig): string | null {
  const [subject] = values(claims, config.claims.person);
  return subject && subject.length <= 255 ? subject : null;
}

/**
 * Whether the identity provider's claims fit the person Samstemt knows under that subject.
 * Access is granted in Samstemt only (issue 10: no other way to grant it): the claims find the
 * person and, where configured, must agree with their organisation, unit and role. They
 * never create a person or change a role; a disagreement refuses the sign-in, so a person
 * moved or demoted at the employer loses access here at once.
 */
export function decideSignIn(
  claims: Record<string, unknown>,
  person: PersonWithPlace | null,
  config: OidcConfig,
): ClaimsDecision {
  const subject = subjectOf(claims, config);
  if (!subject) return { ok: false, reason: "no-subject" };
  if (!person) return { ok: false, reason: "unknown-person" };
  const { organisation, unit, role } = config.claims;
  if (organisation) {
    const named = values(claims, organisation);
    if (!named.includes(person.organisationId) && !named.includes(person.organisationName)) {
      return { ok: false, reason: "organisation" };
    }
  }
  if (unit) {
    const named = values(claims, unit);
    if (!named.includes(person.unitId) && !named.includes(person.unitName)) {
      return { ok: false, reason: "unit" };
    }
  }
  if (role) {
    const mapped = values(claims, role).map((value) => config.roleMap.get(value));
    if (!mapped.includes(person.role)) return { ok: false, reason: "role" };
  }
  return { ok: true, subject };
}
