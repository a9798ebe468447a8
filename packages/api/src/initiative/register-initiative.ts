import { randomUUID } from "node:crypto";
import { createRegisteredCitizen, saveCase, withTransaction } from "@samstemt/db";
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
import { useCprLookup } from "./cpr-lookup-limit";

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
 * R2/R5: anyone in contact with a citizen registers the initiative; it goes to their own
 * leader.
 *
 * Whether Samstemt knows the CPR number changes nothing here: every registration gets a
 * citizen record of its own, under the number and the name as typed, touching no other
 * record, and is answered, listed and shown alike. The initiator's leader checks the number
 * against the CPR register (`checkRegistration`); only then may the case join the record
 * Samstemt has for the number. The use of the number is audited before anything else, naming
 * the number's known citizen when there is one (so it is in that citizen's access log), and
 * limited per person and hour.
 */
export const registerInitiativeProcedure = protectedProcedure
  .input(registerInitiativeInput)
  .mutation(async ({ ctx, input }) => {
    const now = ctx.now();
    if (!isValidCpr(input.citizen.cpr) && !ctx.allowFictionalCpr) {
      throw new TRPCError({ code: "BAD_REQUEST", message: cprMessage.da });
    }
    await useCprLookup(ctx, { cpr: input.citizen.cpr, now, purpose: "case.initiative.register" });
    try {
      return await withTransaction(ctx.db, async (tx) => {
        const citizen = await createRegisteredCitizen(tx, input.citizen);
        const result = registerInitiative(
          { ...input, caseId: randomUUID(), citizen },
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
      // Refusals are logged too, outside the rollback; the look-up before is logged already.
      await audit(
        ctx,
        [
          {
            action: "case.initiative.register.refused",
            details: { error: error instanceof TRPCError ? error.code : "ERROR" },
          },
        ],
        ctx.db,
      ).catch(() => {});
      throw error;
    }
  });
