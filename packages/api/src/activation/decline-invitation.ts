import { DeclineInvitationCommandSchema, declineInvitation } from "@samstemt/domain";
import { caseCommandInput, caseCommandProcedure } from "../cases/case-command-procedure";

/** R6: a leader of an invited organisation says no for it, with a reason. Answers for different organisations do not conflict. */
export const declineInvitationProcedure = caseCommandProcedure({
  name: "declineInvitation",
  input: caseCommandInput(DeclineInvitationCommandSchema),
  decide: declineInvitation,
  answersInvitation: true,
  commutative: true,
});
