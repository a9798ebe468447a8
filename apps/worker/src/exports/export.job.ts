import { join } from "node:path";
import {
  claimNextExport,
  countExportRows,
  finishExport,
  recordExportProgress,
  writeAuditEntries,
} from "@samstemt/db";
import type { JobDefinition } from "../jobs/job-definition";
import { writeExport } from "./write-export";

/** A running export whose worker has not finished it in this time is taken over. */
const ABANDONED_AFTER_SECONDS = 30 * 60;

/**
 * Every minute (and on demand): writes the exports analysts have asked for
 * (`exports.request`), one after the other, with their progress stored after every batch so
 * the app can show it; each written export is audited under the analyst who asked for it.
 */
export const analystExportJob: JobDefinition = {
  name: "exports.write",
  cron: "* * * * *",
  expireInSeconds: 60 * 60,
  async run({ database, now, settings, signal, logger }) {
    const written: string[] = [];
    while (!signal.aborted) {
      const claimed = await claimNextExport(database, now(), ABANDONED_AFTER_SECONDS);
      if (!claimed) break;
      const scope = {
        fromQuarter: claimed.fromQuarter,
        toQuarter: claimed.toQuarter,
        organisationIds: claimed.organisationIds,
      };
      try {
        const rowsTotal = await countExportRows(database, scope);
        await recordExportProgress(database, claimed.id, { rowsTotal, rowsDone: 0 });
        const result = await writeExport({
          database,
          scope,
          dir: join(settings.exportDir, claimed.id),
          formats: ["csv", "xlsx"],
          threshold: settings.suppressionThreshold,
          signal,
          onProgress: (rowsDone) => recordExportProgress(database, claimed.id, { rowsDone }),
        });
        const at = now();
        await finishExport(database, claimed.id, {
          status: "done",
          at,
          expiresAt: new Date(at.getTime() + settings.exportTtlSeconds * 1000),
        });
        await writeAuditEntries(database, [
          {
            at,
            personId: claimed.requestedById,
            action: "export.written",
            citizenId: null,
            caseId: null,
            details: {
              exportId: claimed.id,
              rows: result.rows,
              fromQuarter: scope.fromQuarter,
              toQuarter: scope.toQuarter,
              organisationIds: scope.organisationIds,
              files: result.files,
            },
          },
        ]);
        written.push(claimed.id);
      } catch (error) {
        if (signal.aborted) throw error; // left running: the next worker takes it over
        logger.error({ err: error, exportId: claimed.id }, "export failed");
        await finishExport(database, claimed.id, {
          status: "failed",
          at: now(),
          error: error instanceof Error ? error.message : String(error),
        });
      }
    }
    return { written };
  },
};
