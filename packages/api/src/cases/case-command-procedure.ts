import type { DbHandle } from "@samstemt/db";
import type { CaseCommandResult, CaseState, CommandContext } from "@samstemt/domain";
import { z } from "zod";
import type { Actor } from "../context";
import { protectedProcedure } from "../trpc";
import { commitCaseCommand } from "./commit-case-command";

/** A command on a case as every command procedure receives it. */
export interface CaseCommandRequest<Payload = unknown> {
  caseId: string;
  /** The version the user saw; a newer one means somebody else changed the case meanwhile. */
  expectedVersion: number;
  payload: Payload;
}

/**
 * The procedure's input for one domain command: the case, the version the user saw, and the
 * command's payload checked by the domain's own zod schema. An unknown key beside the three is
 * refused (400, naming it). Inside the payload, keys the domain's schema does not know are
 * dropped: only what the schema parsed reaches the domain, so they can change nothing and are
 * stored nowhere, and the apps cannot send them at all (the payload's type is checked when they
 * are compiled).
 */
export function caseCommandInput<Payload extends z.ZodType>(payload: Payload) {
  return z.strictObject({
    caseId: z.uuid("Sagens id er ikke gyldigt."),
    expectedVersion: z.number().int().min(1),
    payload,
  });
}

type RequestSchema = z.ZodType<CaseCommandRequest>;
/** The payload a command's input schema produces. */
export type PayloadOf<Input extends RequestSchema> = z.output<Input>["payload"];

/** How one command on an existing case is wired: its input, its decision and its lookups. */
export interface CaseCommandDefinition<Input extends RequestSchema> {
  /** Names the command in the audit log (`case.command.<name>`); the domain function's name. */
  name: string;
  /** `caseCommandInput(<the domain's schema for the command>)`: checked at compile time too. */
  input: Input;
  /** The domain's command function: validate → decide → commit. */
  decide: (
    state: CaseState,
    payload: PayloadOf<Input>,
    context: CommandContext,
  ) => CaseCommandResult;
  /**
   * Replaces what the browser must not be trusted with (names, organisations) with what the
   * database knows, before the domain decides.
   */
  resolve?: (db: DbHandle, actor: Actor, payload: PayloadOf<Input>) => Promise<PayloadOf<Input>>;
  /** R6: a leader of an invited organisation reaches the case only to answer the invitation. */
  answersInvitation?: boolean;
  /**
   * Harmless to run on a newer state than the user saw (two people acknowledging the same
   * notice): re-run on the fresh state instead of answering CONFLICT.
   */
  commutative?: boolean;
}

/**
 * One typed tRPC procedure for one domain command. What every command shares is here: load
 * the case the caller may see, check the version, resolve people from the database, let the
 * domain decide, and store state + events + projections + audit in one transaction.
 */
export function caseCommandProcedure<Input extends RequestSchema>(
  definition: CaseCommandDefinition<Input>,
) {
  return (
    protectedProcedure
      .input(definition.input)
      // tRPC has parsed `input` with `definition.input`; it cannot name that type while `Input`
      // is still a type parameter, so it is named here once. Each call site is fully typed.
      .mutation(({ ctx, input }) => commitCaseCommand(ctx, definition, input as z.output<Input>))
  );
}
