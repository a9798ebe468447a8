import { type CaseCommandResult, type CaseState, inviteOrganisation } from "@samstemt/domain";

/**
 * R6: the leader who endorsed the initiative asks another organisation to take part. The
 * demo seed and the test helpers build cases this way, through the domain's own command.
 */
export function inviteByEndorser(
  state: CaseState,
  organisationId: string,
  now: Date,
): CaseCommandResult {
  const endorser = state.endorsement?.decidedBy;
  if (state.endorsement?.decision !== "endorsed" || !endorser) {
    throw new Error(`Case ${state.caseId} is not endorsed: nobody can invite yet`);
  }
  return inviteOrganisation(state, { organisationId }, { actor: endorser, now });
}
