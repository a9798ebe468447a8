import { SaveAgreementDraftCommandSchema, saveAgreementDraft } from "@samstemt/domain";
import { caseCommandInput, caseCommandProcedure } from "../cases/case-command-procedure";

/** R10/R11/R15: a draft of one of the two agreements is saved. */
export const saveAgreementDraftProcedure = caseCommandProcedure({
  name: "saveAgreementDraft",
  input: caseCommandInput(SaveAgreementDraftCommandSchema),
  decide: saveAgreementDraft,
});
