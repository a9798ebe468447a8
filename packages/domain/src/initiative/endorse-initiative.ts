import { isLeaderOfUnit } from "../actors/actor";
import { requireStatus } from "../cases/case-guards";
import type { CaseState } from "../cases/case-state";
import { type CaseCommandResult, type CommandContext, runCaseCommand } from "../cases/command";
import { OptionalTextSchema, TextSchema } from "../common/schemas";
import { z } from "../common/zod";
import { type DomainError, domainError } from "../errors/domain-error";

export const EndorseInitiativeCommandSchema = z.object({ note: OptionalTextSchema });
export type EndorseInitiativeCommand = z.input<typeof EndorseInitiativeCommandSchema>;

export const DeclineInitiativeCommandSchema = z.object({ reason: TextSchema });
export type DeclineInitiativeCommand = z.input<typeof DeclineInitiativeCommandSchema>;

/** R5: only a leader of the initiator's own unit decides on the initiative. */
function requireInitiatorsLeader(
  state: CaseState,
  actor: CommandContext["actor"],
): DomainError | null {
  return isLeaderOfUnit(actor, state.initiative.initiator)
    ? null
    : domainError("NOT_INITIATORS_LEADER", {
        details: { routedTo: state.initiative.routedTo },
      });
}

/** R5: the initiator's own leader decides on an initiative still waiting for a decision. */
function decide(
  state: CaseState,
  context: CommandContext,
  decision: "endorsed" | "declined",
  reason: string | null,
): { state: CaseState } | DomainError {
  const { actor, now } = context;
  const error = requireStatus(state, ["initiated"], "R5") ?? requireInitiatorsLeader(state, actor);
  if (error) return error;
  return {
    state: {
      ...state,
      status: decision,
      endorsement: { decision, decidedAt: now, decidedBy: actor, reason },
    },
  };
}

/**
 * R5: the initiator's own leader endorses the initiative, so the model can be activated
 * across sectors (R6). R3: an excluded case cannot be endorsed.
 */
export function endorseInitiative(
  state: CaseState,
  input: EndorseInitiativeCommand,
  context: CommandContext,
): CaseCommandResult {
  return runCaseCommand(
    EndorseInitiativeCommandSchema,
    state,
    input,
    context,
    (s, command, valid) => {
      const decided = decide(s, valid, "endorsed", command.note);
      if ("code" in decided) return decided;
      return { ...decided, events: [{ type: "InitiativeEndorsed", note: command.note }] };
    },
  );
}

/** R5: the initiator's own leader declines the initiative, giving a reason. Final. */
export function declineInitiative(
  state: CaseState,
  input: DeclineInitiativeCommand,
  context: CommandContext,
): CaseCommandResult {
  return runCaseCommand(
    DeclineInitiativeCommandSchema,
    state,
    input,
    context,
    (s, command, valid) => {
      const decided = decide(s, valid, "declined", command.reason);
      if ("code" in decided) return decided;
      return { ...decided, events: [{ type: "InitiativeDeclined", reason: command.reason }] };
    },
  );
}
