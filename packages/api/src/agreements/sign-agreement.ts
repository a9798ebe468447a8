import { SignAgreementCommandSchema, signAgreement } from "@samstemt/domain";
import { caseCommandInput, caseCommandProcedure } from "../cases/case-command-procedure";

/** R10/R11: a leader, the team or the citizen (recorded by a member) signs an agreement version. */
export const signAgreementProcedure = caseCommandProcedure({
  name: "signAgreement",
  input: caseCommandInput(SignAgreementCommandSchema),
  decide: signAgreement,
});
