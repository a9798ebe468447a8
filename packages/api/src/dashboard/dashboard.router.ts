import { router } from "../trpc";
import { dashboardCases } from "./dashboard-cases";
import { leaderSummary } from "./leader-summary";
import { quarterReview } from "./quarter-review";
import { reviewMeetingsRouter } from "./review-meetings/review-meeting-procedures";

export const dashboardRouter = router({
  summary: leaderSummary,
  quarter: quarterReview,
  cases: dashboardCases,
  reviewMeetings: reviewMeetingsRouter,
});
