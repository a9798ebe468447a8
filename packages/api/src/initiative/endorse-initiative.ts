import { EndorseInitiativeCommandSchema, endorseInitiative } from "@samstemt/domain";
import { caseCommandInput, caseCommandProcedure } from "../cases/case-command-procedure";

/** R5: the initiator's own leader endorses the initiative. */
export const endorseInitiativeProcedure = caseCommandProcedure({
  name: "endorseInitiative",
  input: caseCommandInput(EndorseInitiativeCommandSchema),
  decide: endorseInitiative,
});
