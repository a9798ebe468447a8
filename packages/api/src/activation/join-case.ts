import { JoinCaseCommandSchema, joinCase } from "@samstemt/domain";
import { caseCommandInput, caseCommandProcedure } from "../cases/case-command-procedure";

/**
 * R6: a leader agrees that their own organisation takes part. It joins under the name it
 * has in Samstemt, not one the browser sends. Joins by different organisations do not conflict.
 */
export const joinCaseProcedure = caseCommandProcedure({
  name: "joinCase",
  input: caseCommandInput(JoinCaseCommandSchema),
  decide: joinCase,
  resolve: async (_db, actor, payload) => ({
    ...payload,
    organisationName: actor.organisationName,
  }),
  answersInvitation: true,
  commutative: true,
});
