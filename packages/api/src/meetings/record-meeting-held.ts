import { RecordMeetingHeldCommandSchema, recordMeetingHeld } from "@samstemt/domain";
import { caseCommandInput, caseCommandProcedure } from "../cases/case-command-procedure";

/** R7/R8/R9: who attended, whether the citizen was there, and the decision minutes. */
export const recordMeetingHeldProcedure = caseCommandProcedure({
  name: "recordMeetingHeld",
  input: caseCommandInput(RecordMeetingHeldCommandSchema),
  decide: recordMeetingHeld,
});
