import { createAnalystExport, organisationExists } from "@samstemt/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { audit } from "../audit/audit-log";
import { roleProcedure } from "../trpc";

const QuarterSchema = z.string().regex(/^\d{4}-Q[1-4]$/, "Skriv kvartalet som 2026-Q1.");

export const RequestExportInput = z
  .object({
    fromQuarter: QuarterSchema,
    toQuarter: QuarterSchema,
    /** Cases these organisations initiated or take part in; empty: every case. */
    organisationIds: z.array(z.uuid()).max(50).default([]),
  })
  .refine((input) => input.fromQuarter <= input.toQuarter, {
    message: "Første kvartal skal ligge før eller være det sidste.",
    path: ["toQuarter"],
  });

/**
 * An analyst asks for a pseudonymised export of one row per case for a period and a scope
 * (issue 12). The worker writes it within a minute; `exports.mine` shows its progress.
 * Analysts see no case in the app, and the export names no citizen, so any scope is theirs
 * to ask for. Audited when asked for and when written.
 */
export const requestExport = roleProcedure("analyst")
  .input(RequestExportInput)
  .mutation(async ({ ctx, input }) => {
    const organisationIds = [...new Set(input.organisationIds)];
    const known = await Promise.all(organisationIds.map((id) => organisationExists(ctx.db, id)));
    if (known.includes(false)) {
      throw new TRPCError({ code: "BAD_REQUEST", message: "En af organisationerne findes ikke." });
    }
    const created = await createAnalystExport(ctx.db, {
      requestedById: ctx.actor.personId,
      fromQuarter: input.fromQuarter,
      toQuarter: input.toQuarter,
      organisationIds,
      at: ctx.now(),
    });
    await audit(
      ctx,
      [
        {
          action: "export.requested",
          details: {
            exportId: created.id,
            fromQuarter: input.fromQuarter,
            toQuarter: input.toQuarter,
            organisationIds,
          },
        },
      ],
      ctx.db,
    );
    return { id: created.id, status: created.status };
  });
