import type { PendingCaseEvent } from "../cases/case-events";
import { currentMember, requireParticipatingLeader, requireStatus } from "../cases/case-guards";
import type { CaseState } from "../cases/case-state";
import { type CaseCommandResult, type CommandContext, runCaseCommand } from "../cases/command";
import { IdSchema, OptionalTextSchema } from "../common/schemas";
import { z } from "../common/zod";
import { domainError } from "../errors/domain-error";

export const RemoveTeamMemberCommandSchema = z.object({
  personId: IdSchema,
  /** R7: required when the member removed is the coordinator. */
  newCoordinatorPersonId: IdSchema.nullish().transform((id) => id ?? null),
  reason: OptionalTextSchema,
});
export type RemoveTeamMemberCommand = z.input<typeof RemoveTeamMemberCommandSchema>;

/**
 * R6: only leaders remove members. R7: the coordinator is always a current member, so
 * removing the coordinator requires naming a new one among the remaining members.
 */
export function removeTeamMember(
  state: CaseState,
  input: RemoveTeamMemberCommand,
  context: CommandContext,
): CaseCommandResult {
  return runCaseCommand(
    RemoveTeamMemberCommandSchema,
    state,
    input,
    context,
    (s, command, { actor, now }) => {
      const error = requireStatus(s, ["active"], "R6") ?? requireParticipatingLeader(s, actor);
      if (error) return error;
      const leaving = currentMember(s, command.personId);
      if (!leaving)
        return domainError("MEMBER_NOT_IN_TEAM", { details: { personId: command.personId } });

      const removingCoordinator = s.team.coordinatorPersonId === command.personId;
      const newCoordinator = command.newCoordinatorPersonId;
      if (removingCoordinator && newCoordinator === null) {
        return domainError("COORDINATOR_REPLACEMENT_REQUIRED", {
          details: { personId: command.personId },
        });
      }
      if (
        newCoordinator !== null &&
        (newCoordinator === command.personId || !currentMember(s, newCoordinator))
      ) {
        return domainError("COORDINATOR_NOT_A_MEMBER", { details: { personId: newCoordinator } });
      }

      const events: PendingCaseEvent[] = [
        { type: "TeamMemberRemoved", personId: command.personId, reason: command.reason },
      ];
      if (newCoordinator !== null && newCoordinator !== s.team.coordinatorPersonId) {
        events.push({
          type: "CoordinatorAppointed",
          personId: newCoordinator,
          previousPersonId: s.team.coordinatorPersonId,
        });
      }
      return {
        state: {
          ...s,
          team: {
            members: s.team.members.filter((member) => member.personId !== command.personId),
            coordinatorPersonId: newCoordinator ?? s.team.coordinatorPersonId,
            formerMembers: [
              ...s.team.formerMembers,
              {
                ...leaving,
                removedAt: now,
                removedByPersonId: actor.personId,
                reason: command.reason,
              },
            ],
          },
        },
        events,
      };
    },
  );
}
