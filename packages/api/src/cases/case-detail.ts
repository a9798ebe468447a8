import { caseOverview } from "@samstemt/domain";
import { z } from "zod";
import { audit } from "../audit/audit-log";
import { protectedProcedure } from "../trpc";
import { loadVisibleCase } from "./case-access";

/** One case in full, with the domain's overview of where it stands (R9, R7, R10, R11, R13). */
export const caseDetail = protectedProcedure
  .input(z.object({ caseId: z.uuid() }))
  .query(async ({ ctx, input }) => {
    const state = await loadVisibleCase(ctx.db.prisma, ctx.actor, input.caseId);
    await audit(
      ctx,
      [{ action: "case.read", citizenId: state.citizen.citizenId, caseId: state.caseId }],
      ctx.db.prisma,
    );
    return { state, overview: caseOverview(state, ctx.now()) };
  });
