import { router } from "../trpc";
import { closeCaseProcedure } from "./close-case";

/** Closing a case, with a reason. */
export const closingRouter = router({ closeCase: closeCaseProcedure });
