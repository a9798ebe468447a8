import { currentQuarterLabel, parseQuarter, QuarterLabelSchema, shiftQuarter } from "@samstemt/db";
import { quarterLabel } from "@samstemt/domain";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { audit } from "../audit/audit-log";
import { leaderProcedure } from "../trpc";

/** How many finished quarters a leader is offered reports for (two years). */
const OFFERED_QUARTERS = 8;

/** The quarters that have ended before `at`, newest first. */
export function finishedQuarters(at: Date, count = OFFERED_QUARTERS): string[] {
  const current = parseQuarter(currentQuarterLabel(at));
  return Array.from({ length: count }, (_, i) => quarterLabel(shiftQuarter(current, -(i + 1))));
}

/** Where the worker stores a report, relative to its REPORT_DIR (quarterlyReportPath). */
const reportPath = (quarter: string, organisationId: string) => `${quarter}/${organisationId}.pdf`;

/**
 * The quarterly reports (R12) a leader may download: their own organisation's, for the
 * finished quarters. The worker writes them after each quarter; whether a file exists is
 * the download route's to find out (the API does not read the worker's folder).
 */
export const quarterlyReports = leaderProcedure.query(({ ctx }) => ({
  organisationId: ctx.actor.organisationId,
  organisationName: ctx.actor.organisationName,
  quarters: finishedQuarters(ctx.now()).map((quarter) => ({
    quarter,
    url: `/reports/${quarter}/${ctx.actor.organisationId}.pdf`,
  })),
}));

/**
 * Which report file to hand a leader: only their own organisation's, only for a quarter
 * that has ended; anything else is NOT_FOUND (another organisation's report is not said to
 * exist). Every download is audited.
 */
export const quarterlyReport = leaderProcedure
  .input(z.object({ quarter: QuarterLabelSchema, organisationId: z.uuid() }))
  .query(async ({ ctx, input }) => {
    const finished = input.quarter < currentQuarterLabel(ctx.now());
    if (input.organisationId !== ctx.actor.organisationId || !finished) {
      throw new TRPCError({ code: "NOT_FOUND", message: "Rapporten findes ikke." });
    }
    await audit(
      ctx,
      [
        {
          action: "report.downloaded",
          details: { quarter: input.quarter, organisationId: input.organisationId },
        },
      ],
      ctx.db,
    );
    return {
      path: reportPath(input.quarter, input.organisationId),
      fileName: `samstemt-kvartalsrapport-${input.quarter}.pdf`,
      contentType: "application/pdf",
    };
  });
