import { randomUUID } from "node:crypto";
import { saveCase } from "@samstemt/db";
import { RegisterInitiativeCommandSchema, registerInitiative } from "@samstemt/domain";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { audit } from "../audit/audit-log";
import { domainErrorToTrpc } from "../errors/domain-error-to-trpc";
import { protectedProcedure } from "../trpc";

export const registerInitiativeInput = RegisterInitiativeCommandSchema.omit({
  caseId: true,
  citizen: true,
}).extend({
  citizen: z.object({
    cpr: z.string().regex(/^\d{10}$/, "CPR-nummeret skal være 10 cifre"),
    name: z.string().trim().min(1).max(200),
  }),
});

/** Names compared as people write them: case, spacing and how "å" was typed do not matter. */
const sameName = (a: string, b: string) => {
  const normal = (name: string) =>
    name.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("da");
  return normal(a) === normal(b);
};

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
    const registered = ctx.db.prisma.$transaction(async (tx) => {
      // ON CONFLICT DO NOTHING: two people registering the same new citizen at once both
      // succeed (an upsert would fail one of them on PostgreSQL's unique index).
      await tx.$executeRaw`INSERT INTO "citizen" ("id", "cpr", "name")
        VALUES (${randomUUID()}, ${input.citizen.cpr}, ${input.citizen.name})
        ON CONFLICT ("cpr") DO NOTHING`;
      const citizen = await tx.citizen.findUniqueOrThrow({ where: { cpr: input.citizen.cpr } });
      if (!sameName(citizen.name, input.citizen.name)) throw new CprNameMismatch(citizen.id);
      const result = registerInitiative(
        { ...input, caseId: randomUUID(), citizen: { citizenId: citizen.id, name: citizen.name } },
        { actor: ctx.actor, now },
      );
      if (!result.ok) throw domainErrorToTrpc(result.error);
      await saveCase(tx, {
        state: result.state,
        events: result.events,
        expectedVersion: null,
        now,
      });
      await audit(
        ctx,
        [
          {
            action: "case.initiative.register",
            citizenId: citizen.id,
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
    try {
      return await registered;
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
        ctx.db.prisma,
      ).catch(() => {});
      throw error;
    }
  });
