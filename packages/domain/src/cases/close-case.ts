import { isLeader, isLeaderOfUnit } from "../actors/actor";
import { OptionalTextSchema } from "../common/schemas";
import { z } from "../common/zod";
import { domainError } from "../errors/domain-error";
import { participatingOrganisation, requireStatus } from "./case-guards";
import type { CaseState } from "./case-state";
import { ClosingReasonSchema } from "./closing";
import { type CaseCommandResult, type CommandContext, runCaseCommand } from "./command";

export const CloseCaseCommandSchema = z
  .object({ reason: ClosingReasonSchema, note: OptionalTextSchema })
  .refine((command) => command.reason !== "other" || command.note !== null, {
    message: "The reason 'other' needs a note",
    path: ["note"],
  });
export type CloseCaseCommand = z.input<typeof CloseCaseCommandSchema>;

/**
 * Closes an endorsed or active case with a reason. Leaders carry the case (R6, R12), so a
 * leader of a participating organisation or of the initiator's unit closes it; so may the
 * coordinator of an active case (R7), who holds the collaboration together.
 */
export function closeCase(
  state: CaseState,
  input: CloseCaseCommand,
  context: CommandContext,
): CaseCommandResult {
  return runCaseCommand(
    CloseCaseCommandSchema,
    state,
    input,
    context,
    (s, command, { actor, now }) => {
      const error = requireStatus(s, ["endorsed", "active"], "R6");
      if (error) return error;
      // The coordinator, who holds the collaboration together (R7), may close it too.
      const coordinator = s.status === "active" && s.team.coordinatorPersonId === actor.personId;
      if (!isLeader(actor) && !coordinator) return domainError("NOT_A_LEADER");
      const mayClose =
        coordinator ||
        isLeaderOfUnit(actor, s.initiative.initiator) ||
        participatingOrganisation(s, actor.organisationId) !== undefined;
      if (!mayClose) {
        return domainError("ORGANISATION_NOT_PARTICIPATING", {
          details: { organisationId: actor.organisationId },
        });
      }
      return {
        state: {
          ...s,
          status: "closed",
          closure: { reason: command.reason, note: command.note, closedAt: now, closedBy: actor },
        },
        events: [
          {
            type: "CaseClosed",
            reason: command.reason,
            note: command.note,
            previousStatus: s.status,
          },
        ],
      };
    },
  );
}
