import { router } from "../trpc";
import { correctConsentRegistrationProcedure } from "./correct-consent-registration";
import { recordConsentProcedure } from "./record-consent";
import { withdrawConsentProcedure } from "./withdraw-consent";

/** R4: consent to exchange information, its withdrawal, and correcting a mistaken registration. */
export const consentRouter = router({
  recordConsent: recordConsentProcedure,
  withdrawConsent: withdrawConsentProcedure,
  correctConsentRegistration: correctConsentRegistrationProcedure,
});
