import { analystExportById } from "@samstemt/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { audit } from "../audit/audit-log";
import { roleProcedure } from "../trpc";
import { exportFormats, exportSummary } from "./my-exports";

const files = {
  csv: {
    // The aggregate tables are beside it: frist-pr-kvartal.csv, status-pr-kvartal.csv.
    file: "sager.csv",
    contentType: "text/csv; charset=utf-8",
  },
  xlsx: {
    file: "sager.xlsx",
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  },
} as const;

/**
 * Which file to hand the analyst who asked for the export, and only them, while it has not
 * expired: the path is relative to the worker's EXPORT_DIR, for the server's download route
 * to stream. Every download is audited, and so is every refused one, with the export's id
 * and the reason: someone asking for other people's exports shows up with what they asked for.
 */
export const exportFile = roleProcedure("analyst")
  .input(z.object({ id: z.uuid(), format: z.enum(exportFormats) }))
  .query(async ({ ctx, input }) => {
    const refuse = async (error: TRPCError) => {
      await audit(
        ctx,
        [
          {
            action: "export.download.refused",
            details: { exportId: input.id, format: input.format, code: error.code },
          },
        ],
        ctx.db,
      );
      return error;
    };
    const row = await analystExportById(ctx.db, input.id);
    if (!row || row.requestedById !== ctx.actor.personId) {
      throw await refuse(new TRPCError({ code: "NOT_FOUND", message: "Udtrækket findes ikke." }));
    }
    const summary = exportSummary(row, ctx.now());
    if (summary.status !== "done") {
      throw await refuse(
        new TRPCError({
          code: "CONFLICT",
          message:
            summary.status === "expired"
              ? "Udtrækket er udløbet. Bestil et nyt."
              : "Udtrækket er ikke færdigt endnu.",
        }),
      );
    }
    await audit(
      ctx,
      [{ action: "export.downloaded", details: { exportId: row.id, format: input.format } }],
      ctx.db,
    );
    const { file, contentType } = files[input.format];
    return {
      path: `${row.id}/${file}`,
      fileName: `samstemt-udtraek-${row.fromQuarter}-${row.toQuarter}.${input.format}`,
      contentType,
    };
  });
