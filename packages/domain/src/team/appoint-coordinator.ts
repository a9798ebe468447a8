import { currentMember, requireParticipatingLeader, requireStatus } from "../cases/case-guards";
import type { CaseState } from "../cases/case-state";
import { type CaseCommandResult, type CommandContext, runCaseCommand } from "../cases/command";
import { IdSchema } from "../common/schemas";
import { z } from "../common/zod";
import { domainError } from "../errors/domain-error";

export const AppointCoordinatorCommandSchema = z.object({ personId: IdSchema });
export type AppointCoordinatorCommand = z.input<typeof AppointCoordinatorCommandSchema>;

/** R7: leaders appoint exactly one coordinator, who must be a current team member. */
export function appointCoordinator(
  state: CaseState,
  input: AppointCoordinatorCommand,
  context: CommandContext,
): CaseCommandResult {
  return runCaseCommand(
    AppointCoordinatorCommandSchema,
    state,
    input,
    context,
    (s, { personId }, { actor }) => {
      const error = requireStatus(s, ["active"], "R7") ?? requireParticipatingLeader(s, actor);
      if (error) return error;
      if (!currentMember(s, personId))
        return domainError("COORDINATOR_NOT_A_MEMBER", { details: { personId } });
      return {
        state: { ...s, team: { ...s.team, coordinatorPersonId: personId } },
        events: [
          { type: "CoordinatorAppointed", personId, previousPersonId: s.team.coordinatorPersonId },
        ],
      };
    },
  );
}
