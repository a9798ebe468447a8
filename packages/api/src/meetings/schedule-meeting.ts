import { ScheduleMeetingCommandSchema, scheduleMeeting } from "@samstemt/domain";
import { caseCommandInput, caseCommandProcedure } from "../cases/case-command-procedure";

/** R7/R8: the coordinator plans a collaboration or preparatory meeting. */
export const scheduleMeetingProcedure = caseCommandProcedure({
  name: "scheduleMeeting",
  input: caseCommandInput(ScheduleMeetingCommandSchema),
  decide: scheduleMeeting,
});
