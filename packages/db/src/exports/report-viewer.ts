import { type DbHandle, prismaOf } from "../client/transaction";
import type { CaseViewer } from "../visibility/case-viewer";

/**
 * Whose eyes an organisation's quarterly report is computed with: one of its leaders (the
 * first by id), so the report counts exactly what the organisation's leaders see on their
 * dashboard (R12). Null for an organisation without a leader in Samstemt.
 */
export async function reportViewerFor(
  db: DbHandle,
  organisationId: string,
): Promise<CaseViewer | null> {
  const leader = await prismaOf(db).person.findFirst({
    where: { role: "leader", unit: { organisationId } },
    orderBy: { id: "asc" },
    select: { id: true, unitId: true },
  });
  return leader
    ? { personId: leader.id, role: "leader", unitId: leader.unitId, organisationId }
    : null;
}
