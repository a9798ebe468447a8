export {
  applyAuditRetention,
  auditRetentionCutoff,
  MINIMUM_AUDIT_RETENTION_YEARS,
} from "./apply-audit-retention";
export {
  type CitizenAccessRow,
  listCitizenAccess,
  REGISTER_CHECK_ACTION,
  visibleCaseIdsOfCitizen,
} from "./citizen-access";
export type { JsonObject, JsonValue } from "./json-value";
export { type AuditEntryInput, writeAuditEntries } from "./write-audit-entries";
