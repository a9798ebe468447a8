// `pnpm db:audit-retention` (from the repository root): applies the audit log's retention
// policy, AUDIT_RETENTION_YEARS whole years. Unset, nothing is deleted (the default). Run it
// as the role that owns the tables (the one that runs the migrations), e.g. nightly from cron;
// the application's role is refused by the database. Reads DATABASE_URL (or DATA_DIR's PGlite).
import { z } from "zod";
import {
  applyAuditRetention,
  auditRetentionCutoff,
  MINIMUM_AUDIT_RETENTION_YEARS,
} from "../audit/apply-audit-retention";
import { createDatabase } from "../client/create-database";
import { embeddedDatabaseDir } from "../client/embedded-data-dir";
import { runMigrations } from "../migrations/run-migrations";

const years = z.coerce
  .number()
  .int()
  .min(MINIMUM_AUDIT_RETENTION_YEARS)
  .max(100)
  .optional()
  .safeParse(process.env.AUDIT_RETENTION_YEARS || undefined);
if (!years.success) {
  console.error(
    `AUDIT_RETENTION_YEARS must be a whole number of years from ${MINIMUM_AUDIT_RETENTION_YEARS} to 100.`,
  );
  process.exit(2);
}
if (years.data === undefined) {
  console.log("No retention policy (AUDIT_RETENTION_YEARS is not set): nothing deleted.");
  process.exit(0);
}
const database = await createDatabase({
  databaseUrl: process.env.DATABASE_URL,
  dataDir: embeddedDatabaseDir(process.env.DATA_DIR ?? "./.data"),
});
try {
  // The trigger that lets a retention run through comes with the migrations.
  await runMigrations(database.sql);
  const olderThan = auditRetentionCutoff(years.data, new Date());
  const { deleted } = await applyAuditRetention(database, olderThan);
  console.log(JSON.stringify({ olderThan: olderThan.toISOString(), deleted }));
} finally {
  await database.close();
}
