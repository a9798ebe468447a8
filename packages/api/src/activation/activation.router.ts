import { router } from "../trpc";
import { activateCaseProcedure } from "./activate-case";
import { declineInvitationProcedure } from "./decline-invitation";
import { inviteOrganisationProcedure } from "./invite-organisation";
import { joinCaseProcedure } from "./join-case";

/** R6: activation at leader level across sectors: invite, join or decline, activate. */
export const activationRouter = router({
  inviteOrganisation: inviteOrganisationProcedure,
  joinCase: joinCaseProcedure,
  declineInvitation: declineInvitationProcedure,
  activateCase: activateCaseProcedure,
});
