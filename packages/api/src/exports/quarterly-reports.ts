import {
  currentQuarterLabel,
  QuarterLabelSchema,
  quarterlyReportExists,
  quarterlyReportsOf,
} from "@samstemt/db";
import { DANISH_TIME_ZONE } from "@samstemt/domain";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { audit } from "../audit/audit-log";
import { leaderProcedure } from "../trpc";

/** Where the worker stores a report, relative to its REPORT_DIR (quarterlyReportPath). */
const reportPath = (quarter: string, organisationId: string) => `${quarter}/${organisationId}.pdf`;

/**
 * The quarterly reports (R12) a leader may download: the ones the worker has written for
 * their own organisation, for quarters that have ended, newest first — each with when it was
 * written and the link the server answers with the PDF. An empty list until the first is
 * written.
 */
export const quarterlyReports = leaderProcedure.query(async ({ ctx }) => {
  const { organisationId, organisationName } = ctx.actor;
  const stored = await quarterlyReportsOf(ctx.db, organisationId, currentQuarterLabel(ctx.now()));
  return {
    organisationId,
    organisationName,
    /** For showing when each was written as a Danish date. */
    timeZone: DANISH_TIME_ZONE,
    reports: stored.map((report) => ({
      quarter: report.quarter,
      organisationId,
      organisationName,
      createdAt: report.createdAt,
      url: `/reports/${report.quarter}/${organisationId}.pdf`,
    })),
  };
});

/**
 * Which report file to hand a leader: only their own organisation's, only for a quarter
 * that has ended, only one the worker has written; anything else is NOT_FOUND (another
 * organisation's report is not said to exist). Every download is audited, refused ones too.
 */
export const quarterlyReport = leaderProcedure
  .input(z.object({ quarter: QuarterLabelSchema, organisationId: z.uuid() }))
  .query(async ({ ctx, input }) => {
    const finished = input.quarter < currentQuarterLabel(ctx.now());
    if (
      input.organisationId !== ctx.actor.organisationId ||
      !finished ||
      !(await quarterlyReportExists(ctx.db, input.organisationId, input.quarter))
    ) {
      // Audited with what was asked for: the middleware's entry names only the procedure.
      await audit(
        ctx,
        [
          {
            action: "report.download.refused",
            details: { quarter: input.quarter, organisationId: input.organisationId },
          },
        ],
        ctx.db,
      );
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
