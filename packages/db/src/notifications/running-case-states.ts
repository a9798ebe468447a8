import { type CaseState, CaseStateSchema, deadlineRunningStatuses } from "@samstemt/domain";
import { Prisma } from "../generated/prisma/client";
import { clientOf, type NotificationHandle } from "./handle";

export interface StoredCaseState {
  caseId: string;
  state: CaseState;
}

/**
 * The cases whose alerts can still change (the R9 deadline runs: initiated, endorsed,
 * active), in id order from `after`, a batch at a time: the daily scan reads them all
 * without holding more than one batch.
 */
export async function listRunningCaseStates(
  db: NotificationHandle,
  options: { after?: string; batchSize?: number } = {},
): Promise<StoredCaseState[]> {
  const running = Prisma.join([...deadlineRunningStatuses]);
  const rows = await clientOf(db).$queryRaw<Array<{ id: string; state: unknown }>>`
    SELECT "id", "state" FROM "case"
    WHERE "id" > ${options.after ?? ""} AND "status"::text IN (${running})
    ORDER BY "id" LIMIT ${options.batchSize ?? 200}`;
  return rows.map((row) => ({ caseId: row.id, state: CaseStateSchema.parse(row.state) }));
}

/** One case's state (for the outbox consumer), or null when it is gone. */
export async function caseStateForAlerts(
  db: NotificationHandle,
  caseId: string,
): Promise<CaseState | null> {
  const row = await clientOf(db).case.findUnique({
    where: { id: caseId },
    select: { state: true },
  });
  return row ? CaseStateSchema.parse(row.state) : null;
}
