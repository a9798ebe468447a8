import { type DbHandle, prismaOf } from "../client/transaction";
import type { CaseViewer } from "./case-viewer";
import { visibleCasesWhere } from "./visible-cases-where";

/** Whether the case exists and this person may see it. */
export async function isCaseVisibleTo(
  db: DbHandle,
  viewer: CaseViewer,
  caseId: string,
): Promise<boolean> {
  const count = await prismaOf(db).case.count({
    where: { AND: [{ id: caseId }, visibleCasesWhere(viewer)] },
  });
  return count === 1;
}
