import { CaseVersionConflictError, saveCase } from "@samstemt/db";
import {
  type CaseCommand,
  CaseCommandSchema,
  executeCaseCommand,
  invitationAnswerCommands,
} from "@samstemt/domain";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { audit } from "../audit/audit-log";
import { domainErrorToTrpc } from "../errors/domain-error-to-trpc";
import { protectedProcedure } from "../trpc";
import { loadVisibleCase } from "./case-access";
import { resolvePeople } from "./resolve-people";

export const runCaseCommandInput = z.object({
  caseId: z.uuid(),
  /** The version the user saw; a newer one means somebody else changed the case meanwhile. */
  expectedVersion: z.number().int().min(1),
  command: CaseCommandSchema,
});

const conflict = () =>
  new TRPCError({
    code: "CONFLICT",
    message: "Sagen er blevet ændret af en anden i mellemtiden. Hent den igen, og prøv igen.",
  });

const invitationAnswers = new Set<string>(invitationAnswerCommands);

/**
 * Any command on a case (endorse, join, activate, team, meetings, agreements, consent,
 * change notices, closing): the domain decides, this stores the new state, its events and
 * the audit entry in one transaction — or nothing at all.
 */
export const runCaseCommand = protectedProcedure
  .input(runCaseCommandInput)
  .mutation(async ({ ctx, input }) => {
    const now = ctx.now();
    try {
      return await ctx.db.prisma.$transaction(async (tx) => {
        const state = await loadVisibleCase(tx, ctx.actor, input.caseId, {
          answeringInvitation: invitationAnswers.has(input.command.type),
        });
        if (state.version !== input.expectedVersion) throw conflict();
        const command = await resolvePeople(tx, ctx.actor, input.command as CaseCommand);
        const result = executeCaseCommand(state, command, { actor: ctx.actor, now });
        if (!result.ok) throw domainErrorToTrpc(result.error);
        await saveCase(tx, { ...result, expectedVersion: state.version, now });
        await audit(
          ctx,
          [
            {
              action: `case.command.${input.command.type}`,
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
        };
      });
    } catch (error) {
      // The attempt is logged too, outside the rolled-back transaction: who tried what, when.
      await audit(
        ctx,
        [
          {
            action: `case.command.${input.command.type}.refused`,
            caseId: input.caseId,
            details: { error: error instanceof TRPCError ? error.code : "ERROR" },
          },
        ],
        ctx.db.prisma,
      ).catch(() => {});
      if (error instanceof CaseVersionConflictError) throw conflict();
      throw error;
    }
  });
