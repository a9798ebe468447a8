import { AcknowledgeChangeNoticeCommandSchema, acknowledgeChangeNotice } from "@samstemt/domain";
import { caseCommandInput, caseCommandProcedure } from "../cases/case-command-procedure";

/** R13: a member acknowledges a change notice. Two members acknowledging at once do not conflict. */
export const acknowledgeChangeNoticeProcedure = caseCommandProcedure({
  name: "acknowledgeChangeNotice",
  input: caseCommandInput(AcknowledgeChangeNoticeCommandSchema),
  decide: acknowledgeChangeNotice,
  commutative: true,
});
