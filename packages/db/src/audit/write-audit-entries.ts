import { type DbHandle, prismaOf } from "../client/transaction";
import type { JsonObject } from "./json-value";

/** One line of the audit log: who read or changed which citizen's data, when, and how. */
export interface AuditEntryInput {
  at: Date;
  /** Null for the system (the worker) or nobody signed in. */
  personId: string | null;
  action: string;
  citizenId: string | null;
  caseId: string | null;
  details: JsonObject | null;
}

/** Appends entries to the audit log; pass a transaction to log a change atomically with it. */
export async function writeAuditEntries(
  db: DbHandle,
  entries: readonly AuditEntryInput[],
): Promise<void> {
  if (entries.length === 0) return;
  await prismaOf(db).auditEntry.createMany({
    data: entries.map((entry) => ({ ...entry, details: entry.details ?? undefined })),
  });
}
