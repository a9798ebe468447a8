import { ActivateCaseCommandSchema, activateCase } from "@samstemt/domain";
import { caseCommandInput, caseCommandProcedure } from "../cases/case-command-procedure";
import { resolveTeamMembers } from "../team/resolve-team-members";

/** R6/R7: a participating leader activates the model once two sectors take part, appointing the team and its coordinator. */
export const activateCaseProcedure = caseCommandProcedure({
  name: "activateCase",
  input: caseCommandInput(ActivateCaseCommandSchema),
  decide: activateCase,
  resolve: async (db, _actor, payload) => ({
    ...payload,
    members: await resolveTeamMembers(db, payload.members),
  }),
});
