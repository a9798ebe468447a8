import type { CaseStatus } from "@samstemt/domain";
import { type DbHandle, prismaOf } from "../client/transaction";
import type { CaseViewer } from "../visibility/case-viewer";
import { visibleCasesWhere } from "../visibility/visible-cases-where";

/** One case found by a search: whom it is about and where it stands. */
export interface CaseSearchHit {
  caseId: string;
  citizenId: string;
  citizenName: string;
  status: CaseStatus;
  initiativeAt: Date;
}

/** What to look for: a whole CPR number (10 digits) or a part of the citizen's name. */
export type CaseSearchQuery = { cpr: string } | { name: string };

/** `%`, `_` and `\` typed by a user are letters, not patterns. */
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Cases this person may see whose citizen matches, newest initiative first, at most
 * `limit`. The visibility filter is part of the one query, so a search can never find (or
 * count) a case its user may not see.
 */
export async function searchVisibleCases(
  db: DbHandle,
  viewer: CaseViewer,
  query: CaseSearchQuery,
  options: { limit: number },
): Promise<CaseSearchHit[]> {
  const citizen =
    "cpr" in query
      ? { cpr: query.cpr }
      : { name: { contains: escapeLike(query.name), mode: "insensitive" as const } };
  const rows = await prismaOf(db).case.findMany({
    where: { AND: [visibleCasesWhere(viewer), { citizen }] },
    orderBy: { initiativeAt: "desc" },
    take: options.limit,
    select: {
      id: true,
      status: true,
      initiativeAt: true,
      citizen: { select: { id: true, name: true } },
    },
  });
  return rows.map((row) => ({
    caseId: row.id,
    citizenId: row.citizen.id,
    citizenName: row.citizen.name,
    status: row.status,
    initiativeAt: row.initiativeAt,
  }));
}
