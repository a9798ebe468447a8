import type { JsonObject } from "../audit/json-value";
import { writeAuditEntries } from "../audit/write-audit-entries";
import type { Transaction } from "../client/transaction";

/** The administrator making a change: who, when, and the request it came with. */
export interface AdminChangeBy {
  personId: string;
  at: Date;
  requestId?: string | null;
}

/** One audit entry for an administrator's change, written in the change's own transaction. */
export async function auditAdminChange(
  tx: Transaction,
  by: AdminChangeBy,
  action: string,
  details: JsonObject,
): Promise<void> {
  await writeAuditEntries(tx, [
    {
      at: by.at,
      personId: by.personId,
      action,
      citizenId: null,
      caseId: null,
      details: by.requestId ? { ...details, requestId: by.requestId } : details,
    },
  ]);
}
