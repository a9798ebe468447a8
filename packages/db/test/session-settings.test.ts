import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase } from "../src/client/create-database";
import type { Database } from "../src/client/database";
import { runMigrations } from "../src/migrations/run-migrations";
import {
  createEmptyPostgresDatabase,
  createTestDatabase,
  type TestDatabase,
  testDatabaseKinds,
} from "../src/testing";

// The dashboard's one statement relies on these being every session's (client/session-settings.ts).
describe.each(testDatabaseKinds())("every session's settings on %s", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
  });
  afterAll(async () => {
    await db?.destroy();
  });

  it("runs in UTC, without JIT and with 32 MB work_mem, through Prisma and plain SQL", async () => {
    const show =
      "SELECT current_setting('TimeZone') AS tz, current_setting('jit') AS jit, current_setting('work_mem') AS work_mem";
    const expected = [{ tz: "UTC", jit: "off", work_mem: "32MB" }];
    // Several at once, so a pool hands out more than one connection.
    const viaPrisma = await Promise.all(
      [1, 2, 3].map(() => db.prisma.$queryRawUnsafe<typeof expected>(show)),
    );
    for (const rows of viaPrisma) expect(rows).toEqual(expected);
    expect(await db.sql.query(show)).toEqual(expected);
  });
});

// A Danish PostgreSQL server is often set to Europe/Copenhagen. Prisma's pg adapter sends a
// Date without its offset, so unless the session is in UTC every time is read an hour or two
// off (2026-07-01T10:00Z became 10:00+02, that is 08:00Z).
describe.skipIf(!testDatabaseKinds().includes("postgresql"))(
  "times on a PostgreSQL server whose default time zone is Europe/Copenhagen",
  () => {
    let empty: Awaited<ReturnType<typeof createEmptyPostgresDatabase>>;
    let database: Database;
    const summer = new Date("2026-07-01T10:00:00Z");
    const winter = new Date("2026-12-01T10:00:00Z");

    beforeAll(async () => {
      empty = await createEmptyPostgresDatabase();
      const name = new URL(empty.url).pathname.slice(1);
      const admin = await createDatabase({ databaseUrl: empty.url, maxConnections: 1 });
      await admin.sql.query(`ALTER DATABASE "${name}" SET timezone TO 'Europe/Copenhagen'`);
      await admin.close();
      database = await createDatabase({ databaseUrl: empty.url, maxConnections: 2 });
      await runMigrations(database.sql);
    });
    afterAll(async () => {
      await database?.close();
      await empty?.drop();
    });

    it("reads a Date sent with a raw query as the same instant, summer and winter", async () => {
      const rows = await database.prisma.$queryRaw<Array<{ summer: boolean; winter: boolean }>>`
        SELECT ${summer}::timestamptz = '2026-07-01T10:00:00Z'::timestamptz AS "summer",
               ${winter}::timestamptz = '2026-12-01T10:00:00Z'::timestamptz AS "winter"`;
      expect(rows).toEqual([{ summer: true, winter: true }]);
    });

    it("stores a Date written through the client as the same instant and reads it back so", async () => {
      const entry = await database.prisma.auditEntry.create({
        data: { at: summer, action: "test.time-zone" },
      });
      const [stored] = await database.sql.query<{ same: boolean }>(
        `SELECT "at" = '2026-07-01T10:00:00Z'::timestamptz AS "same" FROM "audit_entry" WHERE "id" = $1`,
        [entry.id.toString()],
      );
      expect(stored).toEqual({ same: true });
      const read = await database.prisma.auditEntry.findUniqueOrThrow({ where: { id: entry.id } });
      expect(read.at.toISOString()).toBe(summer.toISOString());
    });
  },
);
