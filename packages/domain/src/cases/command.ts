import type { z } from "zod";
import { type Actor, ActorSchema } from "../actors/actor";
import { type DomainError, domainError } from "../errors/domain-error";
import { type CommandResult, failure } from "../errors/result";
import type { CaseEvent, PendingCaseEvent } from "./case-events";
import type { CaseState } from "./case-state";

/** Who acts, and when. Time is always passed in: the domain has no clock. */
export interface CommandContext {
  actor: Actor;
  now: Date;
}

export type CaseCommandResult = CommandResult<CaseState, CaseEvent>;

/** What a command's decision function returns before the envelope is stamped on. */
export type Decision = DomainError | { state: CaseState; events: PendingCaseEvent[] };

export interface ValidContext {
  actor: Actor;
  now: Date;
  nowMs: number;
}

type Parsed<T> =
  | { ok: true; command: T; context: ValidContext }
  | { ok: false; error: DomainError };

const issuesOf = (error: z.ZodError) =>
  error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message }));

/** Validates a command and its context: commands come from untyped callers too. */
export function parseCommand<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
  context: CommandContext,
): Parsed<z.output<Schema>> {
  const actor = ActorSchema.safeParse(context?.actor);
  if (!actor.success) {
    return failure(
      domainError("INVALID_COMMAND", { details: { issues: issuesOf(actor.error), in: "actor" } }),
    );
  }
  const now = context.now;
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) {
    return failure(
      domainError("INVALID_COMMAND", {
        details: { issues: [{ path: "now", message: "now must be a valid Date" }], in: "context" },
      }),
    );
  }
  const command = schema.safeParse(input);
  if (!command.success) {
    return failure(
      domainError("INVALID_COMMAND", { details: { issues: issuesOf(command.error) } }),
    );
  }
  return {
    ok: true,
    command: command.data,
    context: { actor: actor.data, now, nowMs: now.getTime() },
  };
}

/** Stamps the envelope on the events and bumps the case version. */
export function commit(decision: Decision, context: ValidContext): CaseCommandResult {
  if (!("state" in decision)) return failure(decision);
  const state: CaseState = { ...decision.state, version: decision.state.version + 1 };
  const events = decision.events.map(
    (event) =>
      ({
        ...event,
        caseId: state.caseId,
        caseVersion: state.version,
        occurredAt: context.now,
        actor: context.actor,
      }) as CaseEvent,
  );
  return { ok: true, state, events };
}

/** Runs a command on an existing case: validate → decide → commit. */
export function runCaseCommand<Schema extends z.ZodType>(
  schema: Schema,
  state: CaseState,
  input: unknown,
  context: CommandContext,
  decide: (state: CaseState, command: z.output<Schema>, context: ValidContext) => Decision,
): CaseCommandResult {
  const parsed = parseCommand(schema, input, context);
  if (!parsed.ok) return parsed;
  return commit(decide(state, parsed.command, parsed.context), parsed.context);
}
