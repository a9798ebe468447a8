import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import {
  type Database,
  listOrganisations,
  recordedQuarterlyReports,
  recordQuarterlyReport,
} from "@samstemt/db";

const QUARTER_FOLDER = /^\d{4}-Q[1-4]$/;

/**
 * Lists the reports already on disk that the database does not know of: a data folder from
 * before reports were recorded (migration 20261130130000) kept its PDFs, but the dashboard
 * lists only recorded ones, so its leaders would see none. Each such file is recorded once,
 * as written when the file was; files of unknown organisations and anything else in the
 * folder are left alone. Returns how many were recorded.
 */
export async function registerReportsOnDisk(
  database: Database,
  reportDir: string,
): Promise<number> {
  const quarters = (await readdir(reportDir).catch(() => [] as string[])).filter((name) =>
    QUARTER_FOLDER.test(name),
  );
  if (quarters.length === 0) return 0;
  const known = new Set((await listOrganisations(database)).map((o) => o.organisationId));
  // Read once: at every start each file on disk is looked up, and they add up over the years.
  const recordedKey = (organisationId: string, quarter: string) => `${quarter}/${organisationId}`;
  const recorded = new Set(
    (await recordedQuarterlyReports(database)).map((r) => recordedKey(r.organisationId, r.quarter)),
  );
  let added = 0;
  for (const quarter of quarters.sort()) {
    const files = await readdir(join(reportDir, quarter)).catch(() => [] as string[]);
    for (const file of files.sort()) {
      const organisationId = file.endsWith(".pdf") ? file.slice(0, -".pdf".length) : null;
      if (!organisationId || !known.has(organisationId)) continue;
      if (recorded.has(recordedKey(organisationId, quarter))) continue;
      const { mtime } = await stat(join(reportDir, quarter, file));
      await recordQuarterlyReport(database, { organisationId, quarter, createdAt: mtime });
      added += 1;
    }
  }
  return added;
}
