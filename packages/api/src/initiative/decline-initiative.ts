import { DeclineInitiativeCommandSchema, declineInitiative } from "@samstemt/domain";
import { caseCommandInput, caseCommandProcedure } from "../cases/case-command-procedure";

/** R5: the initiator's own leader declines the initiative, with a reason. */
export const declineInitiativeProcedure = caseCommandProcedure({
  name: "declineInitiative",
  input: caseCommandInput(DeclineInitiativeCommandSchema),
  decide: declineInitiative,
});
