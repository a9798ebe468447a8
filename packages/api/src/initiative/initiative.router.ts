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
  /** R5: the unit's registrations whose CPR number is still to be checked. */
  identityChecks,
  /** R5: the leader checks one against the CPR register. */
  confirmCitizenIdentity,
});
