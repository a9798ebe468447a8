import { router } from "../trpc";
import { exportFile } from "./export-file";
import { myExports } from "./my-exports";
import { requestExport } from "./request-export";

/** Analysts' pseudonymised exports (issue 12), written by the worker. */
export const exportsRouter = router({ request: requestExport, mine: myExports, file: exportFile });
