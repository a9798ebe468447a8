-- Issue 10: the audit log is append-only, enforced by the database itself (PostgreSQL and
-- PGlite alike). Whoever the application connects as, an UPDATE, DELETE or TRUNCATE of
-- "audit_entry" is refused; only INSERT and SELECT work. On PostgreSQL in production a
-- separate owner role runs the migrations, so the application's role can neither drop nor
-- disable these triggers (see the README, "Running in production").

CREATE FUNCTION "audit_entry_refuse_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_entry is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

-- Row-level: also stops the "ON DELETE SET NULL" from a deleted person rewriting the log.
CREATE TRIGGER "audit_entry_no_update_or_delete"
  BEFORE UPDATE OR DELETE ON "audit_entry"
  FOR EACH ROW EXECUTE FUNCTION "audit_entry_refuse_change"();

CREATE TRIGGER "audit_entry_no_truncate"
  BEFORE TRUNCATE ON "audit_entry"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_entry_refuse_change"();

REVOKE UPDATE, DELETE, TRUNCATE ON "audit_entry" FROM PUBLIC;

-- Sessions: an idle timeout needs the last time a session was used; signing out of the
-- identity provider too needs the ID token it issued (OpenID Connect sign-ins only).
ALTER TABLE "session" ADD COLUMN     "id_token" TEXT,
ADD COLUMN     "last_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
