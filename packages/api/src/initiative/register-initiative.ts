import { randomUUID } from "node:crypto";
import {
  countRecentAuditEntries,
  createProvisionalCitizen,
  findOrCreateCitizen,
  saveCase,
  withTransaction,
} from "@samstemt/db";
import {
  CprOrFictionalCprSchema,
  cprMessage,
  isValidCpr,
  RegisterInitiativeCommandSchema,
  registerInitiative,
} from "@samstemt/domain";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { audit } from "../audit/audit-log";
import type { Actor, Context } from "../context";
import { domainErrorToTrpc } from "../errors/domain-error-to-trpc";
import { protectedProcedure } from "../trpc";
import { sameName } from "./same-name";

export const registerInitiativeInput = RegisterInitiativeCommandSchema.omit({
  caseId: true,
  citizen: true,
})
  .extend({
    citizen: z.strictObject({
      /** A real CPR number; in demo mode a fictional one too (checked in the procedure). */
      cpr: CprOrFictionalCprSchema,
      name: RegisterInitiativeCommandSchema.shape.citizen.shape.name,
    }),
  })
  .strict();

/** Every registration looks a CPR number up; these actions count toward the hourly limit. */
export const CPR_LOOKUP_ACTIONS = [
  "case.initiative.register",
  "case.initiative.register.refused",
] as const;

/**
 * R2/R5: anyone in contact with a citizen registers the initiative; it goes to their own
 * leader.
 *
 * Issue 10: the answer never tells whether a CPR number is known to Samstemt. A new CPR
 * number records the citizen; a known one with the same name finds them; a known one under
 * another name records the citizen *provisionally* under the name as typed (a typing error
 * in the CPR number must not attach the case to a stranger, nor show a stranger's name). All
 * three answer alike, with the same case, the same status and the name as typed; a refusal
 * (a future date, say) is the same refusal for all three, decided before anything is kept.
 * The initiator's leader sees the provisional ones (`initiative.identityChecks`) and resolves
 * them with the initiator before endorsing (R5). Every registration is a CPR look-up: audited
 * with the citizen (refusals too) and limited per person and hour.
 */
export const registerInitiativeProcedure = protectedProcedure
  .input(registerInitiativeInput)
  .mutation(async ({ ctx, input }) => {
    const now = ctx.now();
    if (!isValidCpr(input.citizen.cpr) && !ctx.allowFictionalCpr) {
      throw new TRPCError({ code: "BAD_REQUEST", message: cprMessage.da });
    }
    await refuseOverLookupLimit(ctx, now);
    let knownCitizenId: string | null = null;
    try {
      return await withTransaction(ctx.db, async (tx) => {
        let citizen = await findOrCreateCitizen(tx, input.citizen);
        if (!citizen.created) knownCitizenId = citizen.citizenId;
        const provisional = !sameName(citizen.name, input.citizen.name);
        if (provisional) citizen = await createProvisionalCitizen(tx, input.citizen);
        const result = registerInitiative(
          {
            ...input,
            caseId: randomUUID(),
            citizen: { citizenId: citizen.citizenId, name: citizen.name },
          },
          { actor: ctx.actor, now },
        );
        if (!result.ok) throw domainErrorToTrpc(result.error);
        await saveCase(tx, { ...result, expectedVersion: null, now });
        await audit(
          ctx,
          [
            {
              action: "case.initiative.register",
              citizenId: citizen.citizenId,
              caseId: result.state.caseId,
              // The known citizen the CPR number belongs to, for whoever resolves it.
              ...(provisional && {
                details: { provisional: true, knownCitizenId: knownCitizenId ?? "" },
              }),
            },
          ],
          tx,
        );
        return {
          caseId: result.state.caseId,
          status: result.state.status,
          version: result.state.version,
        };
      });
    } catch (error) {
      // Refusals are logged too, outside the rollback, naming the known citizen whose CPR
      // number was tried: someone trying numbers against the register shows up per citizen.
      await audit(
        ctx,
        [
          {
            action: "case.initiative.register.refused",
            citizenId: knownCitizenId,
            details: { error: error instanceof TRPCError ? error.code : "ERROR" },
          },
        ],
        ctx.db,
      ).catch(() => {});
      throw error;
    }
  });

/**
 * At most `ctx.cprLookupsPerHour` registrations per person and hour, counted in the audit
 * log (shared by every server process). Over it: 429, audited, and no look-up at all.
 */
async function refuseOverLookupLimit(ctx: Context & { actor: Actor }, now: Date) {
  const since = new Date(now.getTime() - 3_600_000);
  const used = await countRecentAuditEntries(ctx.db, {
    personId: ctx.actor.personId,
    actions: CPR_LOOKUP_ACTIONS,
    since,
  });
  if (used < ctx.cprLookupsPerHour) return;
  await audit(
    ctx,
    [{ action: "cpr.lookup.limited", details: { limit: ctx.cprLookupsPerHour } }],
    ctx.db,
  );
  throw new TRPCError({
    code: "TOO_MANY_REQUESTS",
    message: "Du har registreret mange initiativer den seneste time. Vent lidt, og prøv igen.",
  });
}
