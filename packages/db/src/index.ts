export * from "./admin/index";
export * from "./audit/index";
export * from "./auth/index";
export * from "./case-lists/index";
export { CaseVersionConflictError, loadCaseState, saveCase } from "./cases/case-store";
export * from "./citizens/index";
export { createDatabase, type DatabaseOptions, isPostgresUrl } from "./client/create-database";
export type { Database, DatabaseKind, SqlRunner } from "./client/database";
export { embeddedDatabaseDir } from "./client/embedded-data-dir";
export { SESSION_SETTINGS } from "./client/session-settings";
export {
  type DbHandle,
  type Transaction,
  type TransactionOptions,
  withTransaction,
} from "./client/transaction";
export * from "./dashboard/index";
export * from "./directory/index";
export * from "./exports/index";
export * from "./generated/prisma/client";
export * from "./live/index";
export { type GrantOptions, grantApplicationRole } from "./migrations/grant-application-role";
export { readMigrations } from "./migrations/read-migrations";
export {
  MigrationError,
  type MigrationReport,
  migrationsAreCurrent,
  runMigrations,
} from "./migrations/run-migrations";
export * from "./notifications/index";
export * from "./outbox/index";
export { prepareDatabase } from "./prepare-database";
export * from "./projections/index";
export * from "./search/index";
export * from "./tasks/index";
export * from "./visibility/index";
