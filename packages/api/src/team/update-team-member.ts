import { UpdateTeamMemberCommandSchema, updateTeamMember } from "@samstemt/domain";
import { caseCommandInput, caseCommandProcedure } from "../cases/case-command-procedure";

/** R7: a member's role, tasks or contact details change; the coordinator keeps them current. */
export const updateTeamMemberProcedure = caseCommandProcedure({
  name: "updateTeamMember",
  input: caseCommandInput(UpdateTeamMemberCommandSchema),
  decide: updateTeamMember,
});
