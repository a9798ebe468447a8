import { CloseCaseCommandSchema, closeCase } from "@samstemt/domain";
import { caseCommandInput, caseCommandProcedure } from "../cases/case-command-procedure";

/** A leader or the coordinator closes the case with a reason. */
export const closeCaseProcedure = caseCommandProcedure({
  name: "closeCase",
  input: caseCommandInput(CloseCaseCommandSchema),
  decide: closeCase,
});
