import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  applyAuditRetention,
  auditRetentionCutoff,
  writeAuditEntries,
} from "../../src/audit/index";
import { createDatabase } from "../../src/client/create-database";
import { runMigrations } from "../../src/migrations/run-migrations";
import {
  createEmptyPostgresDatabase,
  createTestDatabase,
  seedTestOrganisations,
  type TestDatabase,
  type TestOrganisations,
  testDatabaseKinds,
} from "../../src/testing";

// The audit log is append-only, enforced by the database (migration
// 20261130100000), not by the application's good behaviour. These tests connect the way the
// application does and try to rewrite the log every way SQL allows.
describe.each(testDatabaseKinds())("the audit log on %s", (kind) => {
  let db: TestDatabase;
  let orgs: TestOrganisations;
  const action = `test.append-only.${randomUUID().slice(0, 8)}`;

  const logged = async () =>
    db.sql.query<{ id: string; action: string; person_id: string | null }>(
      "SELECT id::text, action, person_id FROM audit_entry WHERE action = $1 ORDER BY id",
      [action],
    );

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    orgs = await seedTestOrganisations(db.prisma);
    await writeAuditEntries(db, [
      {
        at: new Date(),
        personId: orgs.regionStaff.id,
        action,
        citizenId: null,
        caseId: null,
        details: { why: "test" },
      },
      { at: new Date(), personId: null, action, citizenId: null, caseId: null, details: null },
    ]);
  });
  afterAll(async () => {
    await db?.destroy();
  });

  it("takes new entries and reads them back", async () => {
    expect(await logged()).toHaveLength(2);
  });

  it("refuses UPDATE, DELETE and TRUNCATE in plain SQL, changing nothing", async () => {
    const before = await logged();
    const attempts = [
      `UPDATE audit_entry SET action = 'rewritten' WHERE action = '${action}'`,
      `UPDATE audit_entry SET person_id = NULL`,
      `DELETE FROM audit_entry WHERE action = '${action}'`,
      "DELETE FROM audit_entry",
      "TRUNCATE audit_entry",
      "TRUNCATE audit_entry CASCADE",
    ];
    for (const statement of attempts) {
      // The triggers refuse it; as the application's role, the missing privilege already does.
      await expect(db.sql.query(statement), statement).rejects.toThrow(
        /append-only|permission denied/,
      );
    }
    expect(await logged()).toEqual(before);
  });

  it("refuses changes through Prisma, the way the application writes", async () => {
    const before = await logged();
    await expect(
      db.prisma.auditEntry.updateMany({ where: { action }, data: { action: "rewritten" } }),
    ).rejects.toThrow();
    await expect(db.prisma.auditEntry.deleteMany({ where: { action } })).rejects.toThrow();
    await expect(
      db.prisma.$transaction((tx) => tx.auditEntry.deleteMany({ where: { action } })),
    ).rejects.toThrow();
    expect(await logged()).toEqual(before);
  });

  it("deletes nothing but what a retention policy names: entries older than its cutoff, logged", async () => {
    // Retention is the owner's work (`pnpm db:audit-retention` runs as the owner role).
    const owner = db.owner;
    const retained = `test.retention.${randomUUID().slice(0, 8)}`;
    const now = new Date();
    const yearsAgo = (years: number) => auditRetentionCutoff(years, now);
    await writeAuditEntries(
      db,
      [6, 3, 0.5].map((years) => ({
        at: new Date(now.getTime() - years * 365.25 * 86_400_000),
        personId: null,
        action: retained,
        citizenId: null,
        caseId: null,
        details: { years },
      })),
    );
    const ages = async () =>
      (
        await db.sql.query<{ details: { years: number } }>(
          "SELECT details FROM audit_entry WHERE action = $1 ORDER BY at",
          [retained],
        )
      ).map((row) => row.details.years);
    // Naming a cutoff is not enough: one less than a year back is refused outright…
    await expect(
      owner.prisma.$transaction(async (tx) => {
        await tx.$queryRaw`SELECT set_config('samstemt.audit_retention_cutoff', ${now.toISOString()}, true)`;
        await tx.$executeRaw`DELETE FROM audit_entry WHERE action = ${retained}`;
      }),
    ).rejects.toThrow();
    // …and a deletion reaching past the cutoff is refused whole, not trimmed.
    await expect(
      owner.prisma.$transaction(async (tx) => {
        await tx.$queryRaw`SELECT set_config('samstemt.audit_retention_cutoff', ${yearsAgo(2).toISOString()}, true)`;
        await tx.$executeRaw`DELETE FROM audit_entry WHERE action = ${retained}`;
      }),
    ).rejects.toThrow(/append-only/);
    expect(await ages()).toEqual([6, 3, 0.5]);
    // A policy of two years takes the entries of six and three years ago, and says so.
    const before = await logged();
    const { deleted } = await applyAuditRetention(owner, yearsAgo(2));
    expect(deleted).toBe(2);
    expect(await ages()).toEqual([0.5]);
    expect(await logged()).toEqual(before);
    const [run] = await db.sql.query<{ details: { deleted: number; olderThan: string } }>(
      "SELECT details FROM audit_entry WHERE action = 'audit.retention' ORDER BY id DESC LIMIT 1",
    );
    expect(run?.details).toEqual({ deleted: 2, olderThan: yearsAgo(2).toISOString() });
    // The setting ended with that transaction: a plain DELETE is refused again.
    await expect(
      owner.sql.query(`DELETE FROM audit_entry WHERE action = '${retained}'`),
    ).rejects.toThrow(/append-only/);
    // A cutoff less than a year back is refused by the database itself, whoever asks.
    await expect(applyAuditRetention(owner, now)).rejects.toThrow(/append-only/);
    expect(await ages()).toEqual([0.5]);
  });

  it("keeps who did it: a person named in the log cannot be deleted", async () => {
    await expect(db.prisma.person.delete({ where: { id: orgs.regionStaff.id } })).rejects.toThrow();
    const rows = await logged();
    expect(rows.map((row) => row.person_id)).toContain(orgs.regionStaff.id);
  });
});

// In production a separate role owns the tables and runs the migrations; the application
// connects as a role with row privileges only. Then it cannot drop or disable the triggers.
describe.runIf(testDatabaseKinds().includes("postgresql"))(
  "the audit log with a separate owner on PostgreSQL",
  () => {
    it("refuses the application's role to drop or disable the triggers, or rewrite rows", async () => {
      const empty = await createEmptyPostgresDatabase();
      const owner = await createDatabase({ databaseUrl: empty.url, maxConnections: 1 });
      const role = `samstemt_app_${randomUUID().replaceAll("-", "").slice(0, 10)}`;
      const action = `test.owner.${role}`;
      await runMigrations(owner.sql);
      await owner.sql.exec(`CREATE ROLE ${role} LOGIN;
        GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role};
        GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO ${role};`);
      const url = new URL(empty.url);
      url.username = role;
      const app = new pg.Client({ connectionString: url.toString() });
      await app.connect();
      try {
        await app.query("INSERT INTO audit_entry (action) VALUES ($1)", [action]);
        for (const statement of [
          "ALTER TABLE audit_entry DISABLE TRIGGER ALL",
          'DROP TRIGGER "audit_entry_no_update_or_delete" ON audit_entry',
          "DROP TABLE audit_entry",
          "TRUNCATE audit_entry",
          `UPDATE audit_entry SET action = 'x' WHERE action = '${action}'`,
          `DELETE FROM audit_entry WHERE action = '${action}'`,
        ]) {
          await expect(app.query(statement), statement).rejects.toThrow();
        }
        // Naming a retention cutoff does not make the application's role the owner.
        await app.query(
          "INSERT INTO audit_entry (action, at) VALUES ($1, now() - interval '10 years')",
          [action],
        );
        await app.query("BEGIN");
        await app.query(
          "SELECT set_config('samstemt.audit_retention_cutoff', (now() - interval '2 years')::text, true)",
        );
        await expect(
          app.query(`DELETE FROM audit_entry WHERE action = '${action}'`),
        ).rejects.toThrow(/append-only/);
        await app.query("ROLLBACK");
        const rows = await owner.sql.query("SELECT 1 FROM audit_entry WHERE action = $1", [action]);
        expect(rows).toHaveLength(2);
      } finally {
        await app.end();
        await owner.sql.exec(`DROP OWNED BY ${role}; DROP ROLE ${role};`);
        await owner.close();
        await empty.drop();
      }
    });
  },
);
