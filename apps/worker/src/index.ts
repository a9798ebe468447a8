export { alertEmailsJob } from "./alerts/alert-emails.job";
export { alertScanJob } from "./alerts/alert-scan.job";
export { ALERTS_FIND_CONSUMER, alertsFindConsumer } from "./alerts/alerts-find.consumer";
export {
  CITIZEN_DOCUMENTS_CONSUMER,
  citizenDocumentsConsumer,
} from "./digital-post/citizen-documents.consumer";
export type {
  DigitalPost,
  DigitalPostMessage,
  DigitalPostReceipt,
} from "./digital-post/digital-post";
export { localDigitalPost, messageIdFor } from "./digital-post/local-digital-post";
export { renderCitizenAgreement } from "./digital-post/render-citizen-agreement";
export { readWorkerSettings, type WorkerSettings } from "./env";
export { SUPPRESSED } from "./exports/aggregate-tables";
export { expireExportsJob } from "./exports/expire-exports.job";
export { analystExportJob } from "./exports/export.job";
export { type SuppressedTable, suppressSmallCells } from "./exports/suppression";
export { type ExportFormat, exportFileNames, writeExport } from "./exports/write-export";
export {
  ensureQueues,
  installJobQueue,
  JOB_QUEUE_SCHEMA,
  type QueueRetry,
} from "./job-queue-schema";
export { allJobs } from "./jobs/all-jobs";
export type { JobContext, JobDefinition } from "./jobs/job-definition";
export { pruneOutboxJob } from "./jobs/prune-outbox.job";
export { recomputeDeadlinesJob } from "./jobs/recompute-deadlines.job";
export { requeueDeadLettersJob } from "./jobs/requeue-dead-letters.job";
export { createMailer, type Mailer, type MailMessage } from "./mail/mailer";
export { sendAlertEmails } from "./mail/send-alert-emails";
export { type MigrateOptions, type MigrateReport, migrateDatabase } from "./migrate-database";
export { allOutboxConsumers } from "./outbox/all-outbox-consumers";
export { indicatorRefreshConsumer } from "./outbox/indicator-refresh.consumer";
export type { OutboxConsumer } from "./outbox/outbox-consumer";
export { type OutboxPoller, startOutboxPoller } from "./outbox/outbox-poller";
export { quarterlyReportJob, quarterlyReportPath } from "./reports/quarterly-report.job";
export { registerReportsOnDisk } from "./reports/register-reports-on-disk";
export {
  danishQuarter,
  type QuarterlyReportInput,
  renderQuarterlyReport,
  reportCount,
} from "./reports/render-quarterly-report";
export {
  JOB_TIME_ZONE,
  type JobRetryPolicy,
  type RunningWorker,
  startWorker,
  type WorkerOptions,
} from "./start-worker";
