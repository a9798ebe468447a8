import { router } from "../trpc";
import { addTeamMemberProcedure } from "./add-team-member";
import { appointCoordinatorProcedure } from "./appoint-coordinator";
import { removeTeamMemberProcedure } from "./remove-team-member";
import { updateTeamMemberProcedure } from "./update-team-member";

/** R6, R7: the cross-sectoral team around the citizen and its coordinator. */
export const teamRouter = router({
  addTeamMember: addTeamMemberProcedure,
  updateTeamMember: updateTeamMemberProcedure,
  removeTeamMember: removeTeamMemberProcedure,
  appointCoordinator: appointCoordinatorProcedure,
});
