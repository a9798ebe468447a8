import { router } from "../trpc";
import { leaderSummary } from "./leader-summary";

export const dashboardRouter = router({ summary: leaderSummary });
