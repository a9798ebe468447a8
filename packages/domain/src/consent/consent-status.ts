import { consentPurposes } from "./consent";
import { type ConsentCoverage, mayShareInformation } from "./may-share-information";

/** Why information about the citizen may not flow to an organisation now (R4). */
export const consentGapReasons = [
  /** No consent has been recorded on the case. */
  "no_consent",
  /** Consents exist, but none names this organisation. */
  "not_named",
  /** Every consent naming this organisation has been withdrawn. */
  "withdrawn",
  /** The consents naming this organisation have run out (expiry, or a year for other purposes). */
  "expired",
  /** A consent names it, but with no other organisation taking part in the case. */
  "no_partner",
] as const;
export type ConsentGapReason = (typeof consentGapReasons)[number];

export interface OrganisationConsentStatus {
  organisationId: string;
  /** R4: information from at least one other participating organisation may reach it now. */
  mayReceive: boolean;
  /** The participating organisations information may flow from (and to) now. */
  sharesWith: string[];
  /** Why not, when `mayReceive` is false. */
  reason: ConsentGapReason | null;
}

const DAY_MS = 86_400_000;
/** R4: a consent that lapses is warned about this many days before. */
export const CONSENT_WARNING_DAYS = 30;

const mayFlow = (consents: readonly ConsentCoverage[], a: string, b: string, at: Date) =>
  consentPurposes.some((purpose) => mayShareInformation(consents, a, b, at, purpose));

/**
 * R4: for each participating organisation, whether information about the citizen may flow
 * to it now and, when not, why — so the case page can tell every member who may be told
 * what, and what to do (record or renew the consent). Decided with `mayShareInformation`,
 * the same rule the consent-aware view uses.
 */
export function consentStatusByOrganisation(
  consents: readonly ConsentCoverage[],
  organisationIds: readonly string[],
  at: Date,
): OrganisationConsentStatus[] {
  return organisationIds.map((organisationId) => {
    const sharesWith = organisationIds.filter(
      (other) => other !== organisationId && mayFlow(consents, other, organisationId, at),
    );
    if (sharesWith.length > 0) {
      return { organisationId, mayReceive: true, sharesWith, reason: null };
    }
    const naming = consents.filter((c) => c.organisationIds.includes(organisationId));
    const reason: ConsentGapReason =
      consents.length === 0
        ? "no_consent"
        : naming.length === 0
          ? "not_named"
          : naming.every((c) => c.withdrawnAt !== null && c.withdrawnAt.getTime() <= at.getTime())
            ? "withdrawn"
            : naming.some((c) => c.withdrawnAt === null && c.expiresAt !== null)
              ? "expired"
              : "no_partner";
    return { organisationId, mayReceive: false, sharesWith: [], reason };
  });
}

/**
 * R4: a consent that still covers something but lapses within `CONSENT_WARNING_DAYS`
 * (a written consent for other purposes lapses after one year), so it can be renewed
 * in time. Withdrawn and already lapsed consents are not warned about.
 */
export function consentLapsesSoon(consent: ConsentCoverage, at: Date): boolean {
  if (consent.expiresAt === null) return false;
  if (consent.withdrawnAt !== null && consent.withdrawnAt.getTime() <= at.getTime()) return false;
  const left = consent.expiresAt.getTime() - at.getTime();
  return left >= 0 && left <= CONSENT_WARNING_DAYS * DAY_MS;
}
