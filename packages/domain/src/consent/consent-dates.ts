import { type DomainError, domainError } from "../errors/domain-error";
import { MODEL_START_DAY } from "../initiative/register-initiative";
import { daysFromCivil } from "../time/civil";
import { danishDayNumber } from "../time/copenhagen";
import { endOfDanishDayMonthsAfter, onOrAfterDanishDayOf } from "../time/date-window";
import type { Consent } from "./consent";

/**
 * R4: the latest expiry a consent can be given, in years after it was given. Health law
 * sets no lapse for consent to pass on information for treatment — it stands until
 * withdrawn, which is recorded as no expiry — so a written-in expiry is a date someone
 * chose; one more than five years out is a mistyped year (9999). Consent for other
 * purposes lapses after one year (`oneYearAfter`), well inside this.
 */
export const CONSENT_EXPIRY_HORIZON_YEARS = 5;

/**
 * R4: when a consent was given — not in the future, and not before the model existed
 * (a consent may predate the case: it may have been given to the parties earlier, so the
 * initiative is not the bound).
 */
export function consentGivenAtError(givenAt: Date, now: Date): DomainError | null {
  if (givenAt.getTime() > now.getTime()) {
    return domainError("CONSENT_IN_FUTURE", { details: { givenAt } });
  }
  const { year, month, day } = MODEL_START_DAY;
  if (danishDayNumber(givenAt.getTime()) < daysFromCivil(year, month, day)) {
    return domainError("CONSENT_GIVEN_BEFORE_MODEL", { details: { givenAt } });
  }
  return null;
}

/** R4: an explicit expiry lies at most the horizon after the consent was given. */
export function consentExpiryHorizonError(
  givenAt: Date,
  expiresAt: Date | null,
): DomainError | null {
  if (expiresAt === null) return null;
  const latest = endOfDanishDayMonthsAfter(givenAt, 12 * CONSENT_EXPIRY_HORIZON_YEARS);
  if (expiresAt.getTime() > latest.getTime()) {
    return domainError("CONSENT_EXPIRY_TOO_FAR_AHEAD", { details: { expiresAt, latest } });
  }
  return null;
}

/** R4: a consent is withdrawn no later than now and not before the Danish day it was given. */
export function consentWithdrawnAtError(
  consent: Pick<Consent, "givenAt">,
  withdrawnAt: Date,
  now: Date,
): DomainError | null {
  if (withdrawnAt.getTime() > now.getTime()) {
    return domainError("CONSENT_IN_FUTURE", { details: { withdrawnAt } });
  }
  if (!onOrAfterDanishDayOf(withdrawnAt, consent.givenAt)) {
    return domainError("CONSENT_WITHDRAWN_BEFORE_GIVEN", {
      details: { withdrawnAt, givenAt: consent.givenAt },
    });
  }
  return null;
}
