import { AppointCoordinatorCommandSchema, appointCoordinator } from "@samstemt/domain";
import { caseCommandInput, caseCommandProcedure } from "../cases/case-command-procedure";

/** R7: one named coordinator, a current member of the team. */
export const appointCoordinatorProcedure = caseCommandProcedure({
  name: "appointCoordinator",
  input: caseCommandInput(AppointCoordinatorCommandSchema),
  decide: appointCoordinator,
});
