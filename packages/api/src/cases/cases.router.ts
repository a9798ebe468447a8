import { router } from "../trpc";
import { myCases } from "./my-cases";

export const casesRouter = router({ mine: myCases });
