import { CaseVersionConflictError, saveCase, withTransaction } from "@samstemt/db";
import { caseViewFor } from "@samstemt/domain";
import { TRPCError } from "@trpc/server";
import type { z } from "zod";
import { audit } from "../audit/audit-log";
import type { Actor, Context } from "../context";
import { domainErrorToTrpc } from "../errors/domain-error-to-trpc";
import { loadVisibleCase } from "./case-access";
import type {
  CaseCommandDefinition,
  CaseCommandRequest,
  PayloadOf,
} from "./case-command-procedure";
import { loadCaseDetail } from "./case-detail-payload";

/** Someone else saved the case meanwhile; a commutative command tries again this often. */
const COMMUTATIVE_ATTEMPTS = 4;

const conflict = () =>
  new TRPCError({
    code: "CONFLICT",
    message: "Sagen er blevet ændret af en anden i mellemtiden. Hent den igen, og prøv igen.",
  });

type SignedInContext = Context & { actor: Actor };

/**
 * Runs one command on a case in one transaction, or changes nothing. A refused attempt is
 * audited too, outside the rolled-back transaction: who tried what, when.
 */
export async function commitCaseCommand<Input extends z.ZodType<CaseCommandRequest>>(
  ctx: SignedInContext,
  definition: CaseCommandDefinition<Input>,
  request: z.output<Input>,
) {
  const action = `case.command.${definition.name}`;
  try {
    return await attemptWithRetries(ctx, definition, request);
  } catch (error) {
    await audit(
      ctx,
      [
        {
          action: `${action}.refused`,
          caseId: request.caseId,
          details: { error: error instanceof TRPCError ? error.code : "ERROR" },
        },
      ],
      ctx.db,
    ).catch(() => {});
    if (error instanceof CaseVersionConflictError) throw conflict();
    throw error;
  }
}

async function attemptWithRetries<Input extends z.ZodType<CaseCommandRequest>>(
  ctx: SignedInContext,
  definition: CaseCommandDefinition<Input>,
  request: z.output<Input>,
) {
  const attempts = definition.commutative ? COMMUTATIVE_ATTEMPTS : 1;
  for (let attempt = 1; ; attempt++) {
    try {
      return await attemptOnce(ctx, definition, request);
    } catch (error) {
      // A concurrent save won the race: a commutative command simply runs again on its result.
      if (!(error instanceof CaseVersionConflictError) || attempt >= attempts) throw error;
    }
  }
}

function attemptOnce<Input extends z.ZodType<CaseCommandRequest>>(
  ctx: SignedInContext,
  definition: CaseCommandDefinition<Input>,
  request: z.output<Input>,
) {
  const now = ctx.now();
  return withTransaction(ctx.db, async (tx) => {
    const state = await loadVisibleCase(tx, ctx.actor, request.caseId, {
      answeringInvitation: definition.answersInvitation === true,
    });
    if (state.version !== request.expectedVersion && !definition.commutative) throw conflict();
    const payload: PayloadOf<Input> = definition.resolve
      ? await definition.resolve(tx, ctx.actor, request.payload)
      : request.payload;
    const result = definition.decide(state, payload, { actor: ctx.actor, now });
    if (!result.ok) throw domainErrorToTrpc(result.error);
    await saveCase(tx, { ...result, expectedVersion: state.version, now });
    await audit(
      ctx,
      [
        {
          action: `case.command.${definition.name}`,
          citizenId: state.citizen.citizenId,
          caseId: state.caseId,
          details: { events: result.events.map((event) => event.type) },
        },
      ],
      tx,
    );
    return {
      caseId: state.caseId,
      version: result.state.version,
      status: result.state.status,
      events: result.events.map((event) => event.type),
      /** What the caller may see of the case now: never the stored state. */
      view: caseViewFor(result.state, ctx.actor, now),
      /**
       * Everything the case page shows the caller now, as `cases.get` returns it (R4), so the
       * page shows the new case without fetching it again; `null` when the step took the
       * case out of the caller's sight.
       */
      detail: await loadCaseDetail(tx, result.state, ctx.actor, now),
    };
  });
}
