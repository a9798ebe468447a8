import { router } from "../trpc";
import { recordConsentProcedure } from "./record-consent";
import { withdrawConsentProcedure } from "./withdraw-consent";

/** R4: consent to exchange information, and its withdrawal. */
export const consentRouter = router({
  recordConsent: recordConsentProcedure,
  withdrawConsent: withdrawConsentProcedure,
});
