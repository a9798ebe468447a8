import { WithdrawConsentCommandSchema, withdrawConsent } from "@samstemt/domain";
import { caseCommandInput, caseCommandProcedure } from "../cases/case-command-procedure";

/** R4: consent is withdrawn; information stops flowing from then on. */
export const withdrawConsentProcedure = caseCommandProcedure({
  name: "withdrawConsent",
  input: caseCommandInput(WithdrawConsentCommandSchema),
  decide: withdrawConsent,
});
