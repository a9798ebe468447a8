import type { SqlRunner } from "../client/database";

/** PostgreSQL role names this product grants to: plain identifiers, so quoting is exact. */
const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export interface GrantOptions {
  /** Schemas whose rows the role may read and write besides `public` (the job queue's). */
  rowSchemas?: string[];
}

/**
 * What the server and the worker may do on PostgreSQL, granted by the owner after each
 * migration (`pnpm db:migrate` with `DATABASE_APP_ROLE`): read and write rows, and use the
 * sequences, in the product's tables and the job queue's — nothing about the schema itself.
 * The role owns nothing, so it can neither drop, alter nor disable a trigger; it may add to
 * the audit log but never change or delete it (the triggers refuse that too), and may read
 * but not write the migration history. Granted again on every run, so new tables are covered.
 */
export async function grantApplicationRole(
  sql: SqlRunner,
  role: string,
  options: GrantOptions = {},
): Promise<void> {
  if (!ROLE_NAME.test(role)) {
    throw new Error(`DATABASE_APP_ROLE must be a plain lower-case role name, not "${role}"`);
  }
  const [found] = await sql.query<{ superuser: boolean; owner: boolean }>(
    `SELECT rolsuper AS superuser, pg_has_role($1, current_user, 'USAGE') AS owner
       FROM pg_roles WHERE rolname = $1`,
    [role],
  );
  if (!found) throw new Error(`The role "${role}" does not exist: create it first`);
  if (found.superuser || found.owner) {
    throw new Error(
      `The role "${role}" is a superuser or acts as the owner: the application must connect as a role of its own`,
    );
  }
  const quoted = `"${role}"`;
  const statements = [
    // PostgreSQL before 15 let every role create tables in `public`.
    "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
    `GRANT USAGE ON SCHEMA public TO ${quoted}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${quoted}`,
    `GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO ${quoted}`,
    `REVOKE UPDATE, DELETE, TRUNCATE ON "audit_entry" FROM ${quoted}`,
    `REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON "_prisma_migrations" FROM ${quoted}`,
  ];
  for (const schema of options.rowSchemas ?? []) {
    if (!ROLE_NAME.test(schema)) throw new Error(`Not a plain schema name: "${schema}"`);
    statements.push(
      `REVOKE CREATE ON SCHEMA "${schema}" FROM PUBLIC`,
      `GRANT USAGE ON SCHEMA "${schema}" TO ${quoted}`,
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "${schema}" TO ${quoted}`,
      `GRANT USAGE ON ALL SEQUENCES IN SCHEMA "${schema}" TO ${quoted}`,
    );
  }
  await sql.session(async (connection) => {
    await connection.exec("BEGIN");
    try {
      for (const statement of statements) await connection.exec(statement);
      await connection.exec("COMMIT");
    } catch (error) {
      await connection.exec("ROLLBACK");
      throw error;
    }
  });
}
