import { type AnalystExportRow, analystExportsOf } from "@samstemt/db";
import { z } from "zod";
import { roleProcedure } from "../trpc";

export const exportFormats = ["csv", "xlsx"] as const;

/** What the app shows of an export: its scope, progress and, when written, its files. */
export function exportSummary(row: AnalystExportRow, now: Date) {
  const expired = row.status === "expired" || (row.expiresAt !== null && row.expiresAt <= now);
  const status = row.status === "done" && expired ? "expired" : row.status;
  return {
    id: row.id,
    fromQuarter: row.fromQuarter,
    toQuarter: row.toQuarter,
    organisationIds: row.organisationIds,
    status,
    rowsDone: row.rowsDone,
    rowsTotal: row.rowsTotal,
    /** 0–100, null until the worker has counted the cases. */
    percent:
      row.rowsTotal === null
        ? null
        : row.rowsTotal === 0
          ? 100
          : Math.floor((100 * row.rowsDone) / row.rowsTotal),
    error: row.status === "failed" ? "Udtrækket kunne ikke laves. Prøv igen." : null,
    createdAt: row.createdAt,
    finishedAt: row.finishedAt,
    expiresAt: row.expiresAt,
    formats: status === "done" ? [...exportFormats] : [],
  };
}

/** The signed-in analyst's own exports, newest first, with progress (poll while running). */
export const myExports = roleProcedure("analyst")
  .input(z.object({ limit: z.number().int().min(1).max(50).default(20) }).default({ limit: 20 }))
  .query(async ({ ctx, input }) => {
    const rows = await analystExportsOf(ctx.db, ctx.actor.personId, input.limit);
    return rows.map((row) => exportSummary(row, ctx.now()));
  });
