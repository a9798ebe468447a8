import { router } from "../trpc";
import { dashboardCases } from "./dashboard-cases";
import { leaderSummary } from "./leader-summary";
import { quarterReview } from "./quarter-review";

export const dashboardRouter = router({
  summary: leaderSummary,
  quarter: quarterReview,
  cases: dashboardCases,
});
