import { router } from "../trpc";
import { searchCases } from "./search-cases";

/** Finding a citizen's case among those the person may see. */
export const searchRouter = router({ cases: searchCases });
