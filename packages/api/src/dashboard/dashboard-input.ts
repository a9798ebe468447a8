import { DashboardScopeSchema, QuarterLabelSchema } from "@samstemt/db";
import { z } from "zod";

/** Which quarter and which part of the leader's cases; the dashboard keeps both in its URL. */
export const QuarterReviewInputSchema = z.object({
  /** Defaults to the current Danish quarter. */
  quarter: QuarterLabelSchema.optional(),
  scope: DashboardScopeSchema.default({ kind: "all" }),
});
