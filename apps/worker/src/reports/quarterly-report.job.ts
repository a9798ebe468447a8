import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import {
  currentQuarterLabel,
  listOrganisations,
  parseQuarter,
  readQuarterDashboard,
  recordQuarterlyReport,
  reportViewerFor,
  shiftQuarter,
} from "@samstemt/db";
import { type QuarterLabel, quarterLabel } from "@samstemt/domain";
import { z } from "zod";
import type { JobDefinition } from "../jobs/job-definition";
import { renderQuarterlyReport } from "./render-quarterly-report";

const DataSchema = z.object({
  quarter: z
    .string()
    .regex(/^\d{4}-Q[1-4]$/)
    .optional(),
});

/** Where a report is stored: REPORT_DIR/<quarter>/<organisation id>.pdf. */
export const quarterlyReportPath = (dir: string, quarter: string, organisationId: string) =>
  join(dir, quarter, `${organisationId}.pdf`);

/**
 * After each quarter (05:00 Danish time on its first day), a PDF per organisation with the
 * dashboard's figures for the quarter just ended (R12); on demand for any past quarter with
 * `{ quarter: "2026-Q1" }`. Figures are those the organisation's leaders see.
 */
export const quarterlyReportJob: JobDefinition = {
  name: "reports.quarterly",
  cron: "0 5 1 1,4,7,10 *",
  expireInSeconds: 30 * 60,
  async run({ database, now, settings, signal }, data) {
    const at = now();
    const input = DataSchema.parse(data ?? {});
    const quarter = (input.quarter ??
      quarterLabel(shiftQuarter(parseQuarter(currentQuarterLabel(at)), -1))) as QuarterLabel;
    const written: string[] = [];
    for (const organisation of await listOrganisations(database)) {
      if (signal.aborted) break;
      const viewer = await reportViewerFor(database, organisation.organisationId);
      if (!viewer) continue;
      const dashboard = await readQuarterDashboard(database, viewer, {
        quarter,
        scope: { kind: "organisation", organisationId: organisation.organisationId },
        now: at,
      });
      const pdf = await renderQuarterlyReport({
        organisationName: organisation.name,
        dashboard,
        threshold: settings.suppressionThreshold,
        printedAt: at,
      });
      const path = quarterlyReportPath(settings.reportDir, quarter, organisation.organisationId);
      await mkdir(join(settings.reportDir, quarter), { recursive: true });
      await writeFile(path, pdf);
      // Listed for the organisation's leaders once the file is there (exports.quarterlyReports).
      await recordQuarterlyReport(database, {
        organisationId: organisation.organisationId,
        quarter,
        createdAt: at,
      });
      written.push(organisation.organisationId);
    }
    return { quarter, written: written.length };
  },
};
