import type { Prisma } from "../generated/prisma/client";

/**
 * One projection table written by its domain key. Table and column names are constants of
 * this package, never input, so they may be spliced into SQL; the rows travel as one JSON
 * parameter that PostgreSQL turns into typed records (jsonb_populate_recordset), which keeps
 * a batch of any size to two statements per table.
 */
export interface KeyedTable {
  table: string;
  /** The domain's key within the table (always starting with case_id). */
  key: readonly string[];
  /** Every column a row sets, the key included. */
  columns: readonly string[];
  /** Columns set on insert and never changed afterwards (e.g. a generated row id). */
  insertOnly?: readonly string[];
}

export type KeyedRow = Record<string, unknown>;

const quoted = (names: readonly string[]) => names.map((name) => `"${name}"`).join(", ");

/**
 * Inserts new rows and updates changed ones (ON CONFLICT on the key), leaving unchanged rows
 * untouched, then deletes the rows of these cases that the state no longer has. Rows that
 * other tables reference by key keep existing across saves.
 */
export async function writeKeyedRows(
  tx: Prisma.TransactionClient,
  spec: KeyedTable,
  caseIds: readonly string[],
  rows: readonly KeyedRow[],
): Promise<void> {
  if (caseIds.length === 0) return;
  const json = JSON.stringify(rows);
  const updated = spec.columns.filter(
    (column) => !spec.key.includes(column) && !spec.insertOnly?.includes(column),
  );
  const records = `jsonb_populate_recordset(NULL::"${spec.table}", $1::jsonb)`;
  if (rows.length > 0) {
    const onConflict =
      updated.length === 0
        ? "DO NOTHING"
        : `DO UPDATE SET (${quoted(updated)}) = ROW(${updated.map((c) => `EXCLUDED."${c}"`).join(", ")})
           WHERE (${updated.map((c) => `"${spec.table}"."${c}"`).join(", ")})
             IS DISTINCT FROM (${updated.map((c) => `EXCLUDED."${c}"`).join(", ")})`;
    await tx.$executeRawUnsafe(
      `INSERT INTO "${spec.table}" (${quoted(spec.columns)})
       SELECT ${quoted(spec.columns)} FROM ${records}
       ON CONFLICT (${quoted(spec.key)}) ${onConflict}`,
      json,
    );
  }
  await tx.$executeRawUnsafe(
    `DELETE FROM "${spec.table}"
     WHERE "case_id" IN (SELECT jsonb_array_elements_text($2::jsonb))
       AND (${quoted(spec.key)}) NOT IN (SELECT ${quoted(spec.key)} FROM ${records})`,
    json,
    JSON.stringify(caseIds),
  );
}
