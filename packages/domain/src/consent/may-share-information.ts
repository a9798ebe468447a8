import { instantMs } from "../time/copenhagen";
import type { ConsentPurpose } from "./consent";
import { oneYearAfter } from "./consent-validity";

/** The parts of a consent that decide whether information may flow. */
export interface ConsentCoverage {
  consentId: string;
  purpose: ConsentPurpose;
  method: "oral" | "written";
  organisationIds: readonly string[];
  givenAt: Date;
  expiresAt: Date | null;
  withdrawnAt: Date | null;
}

export interface SharingQuery {
  from: string;
  to: string;
  at: Date;
  /** What the information is for; defaults to `treatment`. */
  purpose?: ConsentPurpose;
}

/**
 * R4: which consent, if any, lets information about the citizen flow from organisation
 * `from` to organisation `to` at instant `at`. A consent covers the flow when:
 * - it names both organisations;
 * - it was given at or before `at`;
 * - it was not withdrawn at or before `at` (a withdrawal stops every later flow, and a
 *   withdrawal recorded afterwards does not undo flows before it);
 * - `at` is not after its expiry;
 * - for a purpose other than treatment: it was given for that purpose, in writing, and is
 *   not older than one year (also enforced when it is recorded, see `recordConsent`).
 * A treatment consent does not cover other purposes; a consent for other purposes does not
 * cover treatment either (each is given for what it names).
 */
export function coveringConsent<C extends ConsentCoverage>(
  consents: readonly C[],
  query: SharingQuery,
): C | null {
  const atMs = instantMs(query.at, "at");
  const purpose = query.purpose ?? "treatment";
  for (const consent of consents) {
    if (consent.purpose !== purpose) continue;
    if (purpose === "other" && consent.method !== "written") continue;
    if (
      !consent.organisationIds.includes(query.from) ||
      !consent.organisationIds.includes(query.to)
    )
      continue;
    if (consent.givenAt.getTime() > atMs) continue;
    if (consent.withdrawnAt !== null && consent.withdrawnAt.getTime() <= atMs) continue;
    if (consent.expiresAt !== null && atMs > consent.expiresAt.getTime()) continue;
    // Defensive: a consent for other purposes imported with a longer expiry still lapses.
    if (purpose === "other" && atMs > oneYearAfter(consent.givenAt).getTime()) continue;
    return consent;
  }
  return null;
}

/**
 * R4: may information about the citizen flow from one organisation to another at a given
 * time? Within one organisation nothing is exchanged, so that is always allowed.
 *
 * @example
 * mayShareInformation(state.consents, "region-psych", "aarhus-kommune", new Date()); // true | false
 */
export function mayShareInformation(
  consents: readonly ConsentCoverage[],
  from: string,
  to: string,
  at: Date,
  purpose: ConsentPurpose = "treatment",
): boolean {
  if (from === to) {
    instantMs(at, "at");
    return true;
  }
  return coveringConsent(consents, { from, to, at, purpose }) !== null;
}
