import type { ConsentCoverage } from "../consent/may-share-information";

/**
 * R4: a consent is renewed when a later one, not withdrawn, for the same purpose, covers at
 * least the same organisations and lasts longer (or until withdrawn). Information then keeps
 * flowing after the first one lapses, so its lapse is nothing to warn about any more.
 */
export function consentRenewed(
  consent: ConsentCoverage,
  consents: readonly ConsentCoverage[],
): boolean {
  const lapses = consent.expiresAt?.getTime() ?? Number.POSITIVE_INFINITY;
  return consents.some(
    (later) =>
      later.consentId !== consent.consentId &&
      later.withdrawnAt === null &&
      later.purpose === consent.purpose &&
      later.givenAt.getTime() >= consent.givenAt.getTime() &&
      (later.expiresAt?.getTime() ?? Number.POSITIVE_INFINITY) > lapses &&
      consent.organisationIds.every((id) => later.organisationIds.includes(id)),
  );
}
