import {
  attachCaseToKnownCitizen,
  lockProvisionalRegistration,
  withTransaction,
} from "@samstemt/db";
import { PersonNameSchema } from "@samstemt/domain";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { audit } from "../audit/audit-log";
import { loadVisibleCase } from "../cases/case-access";
import { leaderProcedure } from "../trpc";
import { sameName } from "./same-name";

const input = z.strictObject({
  caseId: z.uuid("Sagens id er ikke gyldigt."),
  /** The citizen's name as the CPR register gives it for the CPR number. */
  registerName: PersonNameSchema,
});

/** Said when the name from the CPR register is not the name Samstemt knows for the number. */
const nameDiffers =
  "Navnet fra CPR-registret passer ikke med CPR-nummeret i Samstemt. Kontrollér CPR-nummeret med initiativtageren: er det skrevet forkert, så afvis initiativet, så det kan registreres igen med det rigtige nummer.";

/**
 * Issue 10: the initiator's leader resolves a provisional registration (`identityChecks`).
 * Having checked the CPR number against the CPR register, the leader gives the name the
 * register has. When it is the name Samstemt knows for the number, the case moves to that
 * citizen's record (one citizen, one record: their cases are found together again). When it
 * is not, nothing changes and the leader is told to check the number; a mistyped number is
 * resolved by declining the initiative (R5), so the initiator registers it again. Samstemt's
 * own name for the number is never sent; the leader learns only "same" or "not the same",
 * with the register in hand. Both outcomes are audited with both records.
 */
export const confirmCitizenIdentity = leaderProcedure
  .input(input)
  .mutation(async ({ ctx, input }) => {
    const outcome = await withTransaction(ctx.db, async (tx) => {
      const registration = await lockProvisionalRegistration(tx, {
        caseId: input.caseId,
        unitId: ctx.actor.unitId,
      });
      if (!registration) return { kind: "none" as const };
      const { known } = registration;
      const entry = {
        caseId: registration.caseId,
        details: { provisionalCitizenId: registration.provisionalCitizenId },
      };
      if (known === null || !sameName(known.name, input.registerName)) {
        return {
          kind: "differs" as const,
          entry: { ...entry, citizenId: known?.citizenId ?? registration.provisionalCitizenId },
        };
      }
      const { version } = await attachCaseToKnownCitizen(tx, { ...registration, known });
      await audit(
        ctx,
        [{ ...entry, action: "citizen.identity.confirm", citizenId: known.citizenId }],
        tx,
      );
      return { kind: "attached" as const, caseId: registration.caseId, version };
    });
    if (outcome.kind === "none") {
      // A case the leader may not see is "not found" (loadVisibleCase throws); one they see
      // has nothing left to check — resolved already, or never provisional.
      await loadVisibleCase(ctx.db, ctx.actor, input.caseId);
      throw new TRPCError({
        code: "CONFLICT",
        message: "Der er ingen registrering at kontrollere på denne sag.",
      });
    }
    if (outcome.kind === "differs") {
      // A refusal is logged too, after the rollback: it was a look-up of the number's citizen.
      await audit(ctx, [{ ...outcome.entry, action: "citizen.identity.confirm.refused" }], ctx.db);
      throw new TRPCError({ code: "CONFLICT", message: nameDiffers });
    }
    return { caseId: outcome.caseId, version: outcome.version };
  });
