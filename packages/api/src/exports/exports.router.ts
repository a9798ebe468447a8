import { router } from "../trpc";
import { exportFile } from "./export-file";
import { myExports } from "./my-exports";
import { quarterlyReport, quarterlyReports } from "./quarterly-reports";
import { requestExport } from "./request-export";

/** Analysts' pseudonymised exports and leaders' quarterly reports (issue 12), by the worker. */
export const exportsRouter = router({
  request: requestExport,
  mine: myExports,
  file: exportFile,
  quarterlyReports,
  quarterlyReport,
});
