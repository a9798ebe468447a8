import { router } from "../trpc";
import { confirmCitizenIdentity } from "./confirm-citizen-identity";
import { declineInitiativeProcedure } from "./decline-initiative";
import { endorseInitiativeProcedure } from "./endorse-initiative";
import { identityChecks } from "./identity-checks";
import { recordCitizenStanceProcedure } from "./record-citizen-stance";
import { registerInitiativeProcedure } from "./register-initiative";

/** R1–R5: the initiative, the citizen's stance and the initiator's own leader's decision. */
export const initiativeRouter = router({
  registerInitiative: registerInitiativeProcedure,
  recordCitizenStance: recordCitizenStanceProcedure,
  endorseInitiative: endorseInitiativeProcedure,
  declineInitiative: declineInitiativeProcedure,
  /** Issue 10: registrations whose CPR number was known under another name. */
  identityChecks,
  /** Issue 10: the leader resolves one of them against the CPR register. */
  confirmCitizenIdentity,
});
