import { randomUUID } from "node:crypto";
import { findOrCreateCitizen, saveCase, withTransaction } from "@samstemt/db";
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

/**
 * A CPR number already known under another name is most likely a typing error. Going on
 * would attach the case to someone else and show that person's name back, so it is refused
 * without revealing the stored name. (A CPR-register lookup will settle names for real.)
 */
class CprNameMismatch extends TRPCError {
  constructor(readonly citizenId: string) {
    super({
      code: "CONFLICT",
      message:
        "CPR-nummeret er allerede registreret med et andet navn. Kontrollér CPR-nummer og navn.",
    });
  }
}

/**
 * R2/R5: anyone in contact with a citizen registers the initiative; it goes to their own
 * leader. The citizen is found by CPR number (with the same name), or recorded the first time.
 */
export const registerInitiativeProcedure = protectedProcedure
  .input(registerInitiativeInput)
  .mutation(async ({ ctx, input }) => {
    const now = ctx.now();
    if (!isValidCpr(input.citizen.cpr) && !ctx.allowFictionalCpr) {
      throw new TRPCError({ code: "BAD_REQUEST", message: cprMessage.da });
    }
    try {
      return await withTransaction(ctx.db, async (tx) => {
        const citizen = await findOrCreateCitizen(tx, input.citizen);
        if (!sameName(citizen.name, input.citizen.name)) {
          throw new CprNameMismatch(citizen.citizenId);
        }
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
      // Refusals are logged too, outside the rollback. A name that does not match names the
      // stored citizen, so someone trying CPR numbers against the register shows up per citizen.
      await audit(
        ctx,
        [
          {
            action: "case.initiative.register.refused",
            citizenId: error instanceof CprNameMismatch ? error.citizenId : null,
            details: { error: error instanceof TRPCError ? error.code : "ERROR" },
          },
        ],
        ctx.db,
      ).catch(() => {});
      throw error;
    }
  });
