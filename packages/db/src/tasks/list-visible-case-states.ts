import { type CaseState, CaseStateSchema, type CaseStatus } from "@samstemt/domain";
import { type DbHandle, prismaOf } from "../client/transaction";
import type { CaseViewer } from "../visibility/case-viewer";
import { visibleCasesWhere } from "../visibility/visible-cases-where";

/**
 * The stored states of the cases this person may see in one of `statuses`, newest initiative
 * first, at most `limit`. The API turns them into tasks with the domain's own rules (who
 * decides, who activates, who convenes), so a task list never disagrees with the commands.
 */
export async function listVisibleCaseStates(
  db: DbHandle,
  viewer: CaseViewer,
  query: { statuses: readonly CaseStatus[]; limit: number },
): Promise<CaseState[]> {
  const rows = await prismaOf(db).case.findMany({
    where: { AND: [visibleCasesWhere(viewer), { status: { in: [...query.statuses] } }] },
    orderBy: { initiativeAt: "desc" },
    take: query.limit,
    select: { state: true },
  });
  return rows.map((row) => CaseStateSchema.parse(row.state));
}
