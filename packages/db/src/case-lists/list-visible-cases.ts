import type { CaseStatus } from "@samstemt/domain";
import { type DbHandle, prismaOf } from "../client/transaction";
import type { CaseViewer } from "../visibility/case-viewer";
import { visibleCasesWhere } from "../visibility/visible-cases-where";

/** One line of a person's case list. */
export interface VisibleCaseRow {
  caseId: string;
  version: number;
  status: CaseStatus;
  citizenId: string;
  citizenName: string;
  initiativeAt: Date;
  initiatorName: string;
  initiatorUnitName: string;
  /** The current coordinator (R7), or null before the team is appointed. */
  coordinatorName: string | null;
  /** When the first collaboration meeting was held (R9), or null. */
  firstMeetingHeldAt: Date | null;
}

/** The cases this person may see, newest initiative first, at most `limit` of them. */
export async function listVisibleCases(
  db: DbHandle,
  viewer: CaseViewer,
  options: { limit: number },
): Promise<VisibleCaseRow[]> {
  const rows = await prismaOf(db).case.findMany({
    where: visibleCasesWhere(viewer),
    orderBy: { initiativeAt: "desc" },
    take: options.limit,
    select: {
      id: true,
      version: true,
      status: true,
      initiativeAt: true,
      citizen: { select: { id: true, name: true } },
      initiator: { select: { name: true } },
      initiatorUnit: { select: { name: true } },
      members: {
        where: { isCoordinator: true, leftAt: null },
        select: { person: { select: { name: true } } },
      },
      firstMeetingHeldAt: true,
    },
  });
  return rows.map((row) => ({
    caseId: row.id,
    version: row.version,
    status: row.status,
    citizenId: row.citizen.id,
    citizenName: row.citizen.name,
    initiativeAt: row.initiativeAt,
    initiatorName: row.initiator.name,
    initiatorUnitName: row.initiatorUnit.name,
    coordinatorName: row.members[0]?.person.name ?? null,
    firstMeetingHeldAt: row.firstMeetingHeldAt,
  }));
}
