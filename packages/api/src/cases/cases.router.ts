import { router } from "../trpc";
import { caseDetail } from "./case-detail";
import { myCases } from "./my-cases";
import { myInvitations } from "./my-invitations";
import { registerInitiativeProcedure } from "./register-initiative";
import { runCaseCommand } from "./run-case-command";

export const casesRouter = router({
  mine: myCases,
  invitations: myInvitations,
  get: caseDetail,
  registerInitiative: registerInitiativeProcedure,
  command: runCaseCommand,
});
