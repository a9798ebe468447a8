import {
  lockUncheckedRegistration,
  REGISTER_CHECK_ACTION,
  settleRegisterCheck,
  withTransaction,
} from "@samstemt/db";
import { PersonNameSchema, registerCheckOutcome } from "@samstemt/domain";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { audit } from "../audit/audit-log";
import { loadVisibleCase } from "../cases/case-access";
import { leaderProcedure } from "../trpc";

const input = z.strictObject({
  caseId: z.uuid("Sagens id er ikke gyldigt."),
  /** The citizen's name as the CPR register gives it for the CPR number. */
  registerName: PersonNameSchema,
});

/**
 * R5: the initiator's leader has looked the registration's CPR number up in the CPR register
 * and gives the name the register has. The domain decides what becomes of the registration's
 * record (`registerCheckOutcome`: it becomes the number's record, joins the record Samstemt
 * has under the same name, or stays apart), and the answer is the same whichever it was: the
 * case is one version up, under the register's name, on a record id never seen before.
 * Nothing here — answer, time taken, lists afterwards — says whether the number was known.
 * Audited with the record the case ended on, which is in that citizen's access log.
 */
export const confirmCitizenIdentity = leaderProcedure
  .input(input)
  .mutation(async ({ ctx, input }) => {
    const now = ctx.now();
    const checked = await withTransaction(ctx.db, async (tx) => {
      const registration = await lockUncheckedRegistration(tx, {
        caseId: input.caseId,
        unitId: ctx.actor.unitId,
      });
      if (!registration) return null;
      const outcome = registerCheckOutcome(registration.known?.name ?? null, input.registerName);
      const settled = await settleRegisterCheck(tx, {
        registration,
        outcome,
        registerName: input.registerName,
        at: now,
      });
      await audit(
        ctx,
        [
          {
            action: REGISTER_CHECK_ACTION,
            citizenId: settled.citizenId,
            caseId: registration.caseId,
            // For the operators' eyes only; the access log shows the purpose, never this.
            details: { outcome },
          },
        ],
        tx,
      );
      return { caseId: registration.caseId, version: settled.version };
    });
    if (checked) return checked;
    // A case the leader may not see is "not found" (loadVisibleCase throws); one they see
    // has nothing left to check — checked already, or not initiated in their unit.
    await loadVisibleCase(ctx.db, ctx.actor, input.caseId);
    throw new TRPCError({
      code: "CONFLICT",
      message: "Der er ingen registrering at kontrollere på denne sag.",
    });
  });
