import type { SqlRunner } from "@samstemt/db";
import type PgBoss from "pg-boss";

/**
 * pg-boss runs its SQL through the product's own database connection, so the same code
 * works on embedded PGlite (one in-process connection) and on a PostgreSQL pool.
 */
export function jobQueueConnection(sql: SqlRunner): PgBoss.Db {
  return {
    async executeSql(text, values) {
      const rows =
        values && values.length > 0 ? await sql.query(text, values) : await sql.exec(text);
      return { rows };
    },
  };
}
