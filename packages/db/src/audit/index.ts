export {
  applyAuditRetention,
  auditRetentionCutoff,
  MINIMUM_AUDIT_RETENTION_YEARS,
} from "./apply-audit-retention";
export { type CitizenAccessRow, listCitizenAccess } from "./citizen-access";
export { countRecentAuditEntries } from "./count-audit-entries";
export type { JsonObject, JsonValue } from "./json-value";
export { type AuditEntryInput, writeAuditEntries } from "./write-audit-entries";
