import { router } from "../trpc";
import { caseDetail } from "./case-detail";
import { myCases } from "./my-cases";
import { myInvitations } from "./my-invitations";

/** Reads of cases: the person's own list, invitations to answer, one case as the viewer may see it. */
export const casesRouter = router({
  mine: myCases,
  invitations: myInvitations,
  get: caseDetail,
});
