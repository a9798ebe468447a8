export {
  type AnalystExportRow,
  type AnalystExportScope,
  type AnalystExportStatus,
  analystExportById,
  analystExportsOf,
  claimNextExport,
  createAnalystExport,
  expireExports,
  finishExport,
  recordExportProgress,
} from "./analyst-exports";
export {
  countExportRows,
  type ExportCaseRow,
  type ExportFieldKind,
  type ExportKeyRange,
  exportCaseFields,
  exportKeyRanges,
  exportRowBatches,
  WHOLE_KEY_RANGE,
} from "./export-rows";
export {
  quarterlyReportExists,
  quarterlyReportsOf,
  recordedQuarterlyReports,
  recordQuarterlyReport,
  type StoredQuarterlyReport,
} from "./quarterly-reports";
export { reportViewerFor } from "./report-viewer";
