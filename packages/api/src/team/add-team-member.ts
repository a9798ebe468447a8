import { AddTeamMemberCommandSchema, addTeamMember } from "@samstemt/domain";
import { caseCommandInput, caseCommandProcedure } from "../cases/case-command-procedure";
import { resolveTeamMembers } from "./resolve-team-members";

/** R6: a leader of a participating organisation adds a member to the team. */
export const addTeamMemberProcedure = caseCommandProcedure({
  name: "addTeamMember",
  input: caseCommandInput(AddTeamMemberCommandSchema),
  decide: addTeamMember,
  resolve: async (db, _actor, payload) => {
    const [member] = await resolveTeamMembers(db, [payload.member]);
    return { ...payload, member: member ?? payload.member };
  },
});
