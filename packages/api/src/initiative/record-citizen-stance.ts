import { RecordCitizenStanceCommandSchema, recordCitizenStance } from "@samstemt/domain";
import { caseCommandInput, caseCommandProcedure } from "../cases/case-command-procedure";

/** R3/R14: the citizen's stance on help changes; rejecting all help excludes the case (R3). */
export const recordCitizenStanceProcedure = caseCommandProcedure({
  name: "recordCitizenStance",
  input: caseCommandInput(RecordCitizenStanceCommandSchema),
  decide: recordCitizenStance,
});
