import { type DbHandle, type JsonObject, writeAuditEntries } from "@samstemt/db";
import type { Context } from "../context";

export interface AuditRecord {
  action: string;
  citizenId?: string | null;
  caseId?: string | null;
  details?: JsonObject;
}

/**
 * Every read and change of a citizen's data leaves a row: who, when, which citizen, what.
 * Pass a transaction to log a change atomically with it.
 */
export async function audit(
  ctx: Pick<Context, "actor" | "now"> & Partial<Pick<Context, "requestId">>,
  records: AuditRecord[],
  writer: DbHandle,
): Promise<void> {
  if (records.length === 0) return;
  const at = ctx.now();
  await writeAuditEntries(
    writer,
    records.map((record) => ({
      at,
      personId: ctx.actor?.personId ?? null,
      action: record.action,
      citizenId: record.citizenId ?? null,
      caseId: record.caseId ?? null,
      // The request id ties the entry to the server's log line for the same request.
      details: ctx.requestId
        ? { ...record.details, requestId: ctx.requestId }
        : (record.details ?? null),
    })),
  );
}
