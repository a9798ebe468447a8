import { RecordConsentCommandSchema, recordConsent } from "@samstemt/domain";
import { caseCommandInput, caseCommandProcedure } from "../cases/case-command-procedure";

/** R4: consent to exchange information, who gave it, how, and which organisations it covers. */
export const recordConsentProcedure = caseCommandProcedure({
  name: "recordConsent",
  input: caseCommandInput(RecordConsentCommandSchema),
  decide: recordConsent,
});
