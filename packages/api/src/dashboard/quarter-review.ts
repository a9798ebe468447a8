import {
  currentQuarterLabel,
  DEADLINE_HORIZON_DAYS,
  quartersEnding,
  readQuarterDashboard,
} from "@samstemt/db";
import { DANISH_TIME_ZONE } from "@samstemt/domain";
import { audit } from "../audit/audit-log";
import { leaderProcedure } from "../trpc";
import { QuarterReviewInputSchema } from "./dashboard-input";
import { requireOwnScope } from "./own-scope";
import { headlinesOf, sinceLastQuarter } from "./since-last-quarter";

/** Quarters a leader can pick: the current one and the eleven before it. */
const SELECTABLE_QUARTERS = 12;

/**
 * R12: the quarterly review's figures for the leader's cases, computed in the database.
 * Counts only: no citizen is named (the drill-down names them, and is audited per citizen).
 */
export const quarterReview = leaderProcedure
  .input(QuarterReviewInputSchema)
  .query(async ({ ctx, input }) => {
    const now = ctx.now();
    const currentQuarter = currentQuarterLabel(now);
    const quarter = input.quarter ?? currentQuarter;
    const scopes = await requireOwnScope(ctx, input.scope);
    const dashboard = await readQuarterDashboard(ctx.db, ctx.actor, {
      quarter,
      scope: input.scope,
      now,
    });
    const headlines = dashboard.trend.map((row) => ({ quarter: row.quarter, ...headlinesOf(row) }));
    const [previous, current] = headlines.slice(-2);
    await audit(
      ctx,
      [{ action: "dashboard.quarter.read", details: { quarter, scope: input.scope } }],
      ctx.db,
    );
    return {
      quarter,
      scope: input.scope,
      currentQuarter,
      selectableQuarters: quartersEnding(currentQuarter, SELECTABLE_QUARTERS).reverse(),
      scopes,
      deadlineHorizonDays: DEADLINE_HORIZON_DAYS,
      figures: dashboard.trend.at(-1),
      current: dashboard.current,
      closingReasons: dashboard.closingReasons,
      trend: headlines,
      sinceLastQuarter: previous && current ? sinceLastQuarter(previous, current) : [],
      computedAt: now,
      /** Dates on the dashboard are shown in Danish time. */
      timeZone: DANISH_TIME_ZONE,
    };
  });
