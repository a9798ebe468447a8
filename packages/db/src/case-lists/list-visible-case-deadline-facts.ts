import type { CaseStatus } from "@samstemt/domain";
import { type DbHandle, prismaOf } from "../client/transaction";
import type { CaseViewer } from "../visibility/case-viewer";
import { visibleCasesWhere } from "../visibility/visible-cases-where";

/** What the first-meeting deadline (R9) of a case follows from; nothing about the citizen. */
export interface CaseDeadlineFacts {
  status: CaseStatus;
  initiativeAt: Date;
  firstMeetingHeldAt: Date | null;
}

/** The deadline facts of every case this person may see: what a leader's overview counts. */
export async function listVisibleCaseDeadlineFacts(
  db: DbHandle,
  viewer: CaseViewer,
): Promise<CaseDeadlineFacts[]> {
  return prismaOf(db).case.findMany({
    where: visibleCasesWhere(viewer),
    select: { status: true, initiativeAt: true, firstMeetingHeldAt: true },
  });
}
