import { router } from "../trpc";
import { listsStamp } from "./lists-stamp";

/** Keeping the app's lists current without a reload. */
export const liveRouter = router({ stamp: listsStamp });
