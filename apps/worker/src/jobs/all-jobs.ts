import { alertEmailsJob } from "../alerts/alert-emails.job";
import { alertScanJob } from "../alerts/alert-scan.job";
import { expireExportsJob } from "../exports/expire-exports.job";
import { analystExportJob } from "../exports/export.job";
import { quarterlyReportJob } from "../reports/quarterly-report.job";
import type { JobDefinition } from "./job-definition";
import { pruneOutboxJob } from "./prune-outbox.job";
import { recomputeDeadlinesJob } from "./recompute-deadlines.job";
import { requeueDeadLettersJob } from "./requeue-dead-letters.job";

export const allJobs: JobDefinition[] = [
  recomputeDeadlinesJob,
  alertScanJob,
  alertEmailsJob,
  pruneOutboxJob,
  requeueDeadLettersJob,
  analystExportJob,
  expireExportsJob,
  quarterlyReportJob,
];
