import { router } from "../trpc";
import { saveAgreementDraftProcedure } from "./save-agreement-draft";
import { signAgreementProcedure } from "./sign-agreement";

/** R10, R11, R15: the organisational and the citizen agreement. */
export const agreementsRouter = router({
  saveAgreementDraft: saveAgreementDraftProcedure,
  signAgreement: signAgreementProcedure,
});
