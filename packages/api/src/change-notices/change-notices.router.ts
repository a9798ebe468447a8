import { router } from "../trpc";
import { acknowledgeChangeNoticeProcedure } from "./acknowledge-change-notice";
import { recordInterventionChangeProcedure } from "./record-intervention-change";

/** R13: changes in a partner's intervention, told to the whole team. */
export const changeNoticesRouter = router({
  recordInterventionChange: recordInterventionChangeProcedure,
  acknowledgeChangeNotice: acknowledgeChangeNoticeProcedure,
});
