import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { audit } from "../audit/audit-log";
import { protectedProcedure } from "../trpc";
import { loadVisibleCase } from "./case-access";
import { loadCaseDetail } from "./case-detail-payload";

/**
 * One case as the signed-in person may see it now: everything the case page shows, decided
 * by the domain (`caseDetailFor`, R4) — never the stored state. What the citizen's consent
 * does not let flow to their organisation is named as withheld, so the app can say why.
 */
export const caseDetail = protectedProcedure
  .input(z.strictObject({ caseId: z.uuid("Sagens id er ikke gyldigt.") }))
  .query(async ({ ctx, input }) => {
    const state = await loadVisibleCase(ctx.db, ctx.actor, input.caseId);
    const detail = await loadCaseDetail(ctx.db, state, ctx.actor, ctx.now());
    // The list filter and the domain agree on who sees a case (tested); this is the backstop.
    if (!detail) throw new TRPCError({ code: "NOT_FOUND", message: "Sagen findes ikke." });
    await audit(
      ctx,
      [
        {
          action: "case.read",
          citizenId: state.citizen.citizenId,
          caseId: state.caseId,
          details: { withheld: detail.view.withheld.length },
        },
      ],
      ctx.db,
    );
    return detail;
  });
