import { RecordInterventionChangeCommandSchema, recordInterventionChange } from "@samstemt/domain";
import { caseCommandInput, caseCommandProcedure } from "../cases/case-command-procedure";

/** R13: a partner changes its intervention; every other member is told. */
export const recordInterventionChangeProcedure = caseCommandProcedure({
  name: "recordInterventionChange",
  input: caseCommandInput(RecordInterventionChangeCommandSchema),
  decide: recordInterventionChange,
});
