import { RemoveTeamMemberCommandSchema, removeTeamMember } from "@samstemt/domain";
import { caseCommandInput, caseCommandProcedure } from "../cases/case-command-procedure";

/** R6/R7: a member leaves the team; history is kept and a coordinator must be replaced. */
export const removeTeamMemberProcedure = caseCommandProcedure({
  name: "removeTeamMember",
  input: caseCommandInput(RemoveTeamMemberCommandSchema),
  decide: removeTeamMember,
});
