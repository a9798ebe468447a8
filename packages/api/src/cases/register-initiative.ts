import { randomUUID } from "node:crypto";
import { saveCase } from "@samstemt/db";
import { RegisterInitiativeCommandSchema, registerInitiative } from "@samstemt/domain";
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

/**
 * R2/R5: anyone in contact with a citizen registers the initiative; it goes to their own
 * leader. The citizen is found by CPR number, or recorded the first time.
 */
export const registerInitiativeProcedure = protectedProcedure
  .input(registerInitiativeInput)
  .mutation(async ({ ctx, input }) => {
    const now = ctx.now();
    return ctx.db.prisma.$transaction(async (tx) => {
      // ON CONFLICT DO NOTHING: two people registering the same new citizen at once both
      // succeed (an upsert would fail one of them on PostgreSQL's unique index).
      await tx.$executeRaw`INSERT INTO "citizen" ("id", "cpr", "name")
        VALUES (${randomUUID()}, ${input.citizen.cpr}, ${input.citizen.name})
        ON CONFLICT ("cpr") DO NOTHING`;
      const citizen = await tx.citizen.findUniqueOrThrow({ where: { cpr: input.citizen.cpr } });
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
  });
