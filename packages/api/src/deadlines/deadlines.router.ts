import { router } from "../trpc";
import { recomputeDeadlines } from "./recompute-deadlines";

export const deadlinesRouter = router({ recompute: recomputeDeadlines });
