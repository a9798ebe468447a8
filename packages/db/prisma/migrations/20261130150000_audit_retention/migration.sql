-- Issue 10: how long the audit log is kept is the organisation's policy, and nothing is
-- deleted unless it sets one (`pnpm db:audit-retention` with AUDIT_RETENTION_YEARS). The one
-- exception to append-only: a transaction that names a cutoff at least a year back
-- (`samstemt.audit_retention_cutoff`) may delete rows older than it — and only as the table's
-- owner, the role that runs the migrations. The application's role does not own the table,
-- so it still can neither change nor delete a row, whatever it sets.
CREATE OR REPLACE FUNCTION "audit_entry_refuse_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  cutoff text := current_setting('samstemt.audit_retention_cutoff', true);
BEGIN
  IF TG_OP = 'DELETE' AND cutoff IS NOT NULL AND cutoff <> ''
     AND cutoff::timestamptz <= now() - interval '1 year'
     AND OLD."at" < cutoff::timestamptz
     AND pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'USAGE')
  THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'audit_entry is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
