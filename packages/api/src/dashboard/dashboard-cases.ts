import {
  currentQuarterLabel,
  DRILL_DOWN_LIMIT,
  drillDownFigures,
  listDashboardCases,
} from "@samstemt/db";
import { closingReasons } from "@samstemt/domain";
import { z } from "zod";
import { audit } from "../audit/audit-log";
import { leaderProcedure } from "../trpc";
import { QuarterReviewInputSchema } from "./dashboard-input";
import { requireOwnScope } from "./own-scope";

export const DashboardCasesInputSchema = QuarterReviewInputSchema.extend({
  figure: z.enum(drillDownFigures),
  closingReason: z.enum(closingReasons).optional(),
});

/**
 * The cases behind one figure (R12 drill-down): the leader sees which citizens' cases were
 * late or lack something, and only cases they may see. Every citizen listed is audited.
 */
export const dashboardCases = leaderProcedure
  .input(DashboardCasesInputSchema)
  .query(async ({ ctx, input }) => {
    const now = ctx.now();
    await requireOwnScope(ctx, input.scope);
    const quarter = input.quarter ?? currentQuarterLabel(now);
    const rows = await listDashboardCases(ctx.db, ctx.actor, {
      quarter,
      scope: input.scope,
      figure: input.figure,
      closingReason: input.closingReason ?? null,
      now,
    });
    await audit(
      ctx,
      rows.map((row) => ({
        action: "dashboard.cases.read",
        citizenId: row.citizenId,
        caseId: row.caseId,
        details: { quarter, figure: input.figure },
      })),
      ctx.db,
    );
    return { quarter, figure: input.figure, limit: DRILL_DOWN_LIMIT, cases: rows };
  });
