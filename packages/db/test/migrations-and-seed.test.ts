import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readMigrations } from "../src/migrations/read-migrations";
import { migrationsAreCurrent, runMigrations } from "../src/migrations/run-migrations";
import { demoCases } from "../src/seed/demo-cases";
import { demoQuarterHistory } from "../src/seed/quarter-history";
import { seedDemoData } from "../src/seed/seed-demo";
import { createTestDatabase, type TestDatabase, testDatabaseKinds } from "../src/testing";

describe.each(testDatabaseKinds())("migrations and demo seed on %s", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
  });
  afterAll(async () => {
    await db?.destroy();
  });

  it("records every migration in _prisma_migrations like prisma migrate deploy", async () => {
    const rows = await db.sql.query<{
      migration_name: string;
      checksum: string;
      applied_steps_count: number;
    }>(
      `SELECT migration_name, checksum, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    const files = readMigrations();
    expect(rows.map((row) => row.migration_name)).toEqual(files.map((file) => file.name));
    expect(rows.map((row) => row.checksum)).toEqual(files.map((file) => file.checksum));
    expect(rows.every((row) => row.applied_steps_count === 1)).toBe(true);
    expect(await migrationsAreCurrent(db.sql)).toBe(true);
  });

  it("applies nothing the second time", async () => {
    const report = await runMigrations(db.sql);
    expect(report.applied).toEqual([]);
    expect(report.alreadyApplied.length).toBe(readMigrations().length);
  });

  it("refuses to run when an applied migration was edited afterwards", async () => {
    const [first, ...rest] = readMigrations();
    if (!first) throw new Error("no migrations");
    await expect(
      runMigrations(db.sql, [{ ...first, checksum: "0".repeat(64) }, ...rest]),
    ).rejects.toThrow(/changed after it was applied/);
  });

  it("rolls back a failing migration completely and records nothing", async () => {
    const broken = {
      name: "29991231000000_broken",
      sql: "CREATE TABLE x_ok (id int); SELECT * FROM missing_table;",
      checksum: "f".repeat(64),
    };
    await expect(runMigrations(db.sql, [...readMigrations(), broken])).rejects.toThrow(
      /29991231000000_broken failed/,
    );
    const table = await db.sql.query<{ present: boolean }>(
      `SELECT to_regclass('x_ok') IS NOT NULL AS present`,
    );
    expect(table[0]?.present).toBe(false);
    const recorded = await db.sql.query(
      `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = $1`,
      [broken.name],
    );
    expect(recorded).toEqual([]);
    expect(await migrationsAreCurrent(db.sql, [...readMigrations(), broken])).toBe(false);
  });

  it("seeds the demo data once and never twice", async () => {
    const now = new Date("2026-11-23T10:00:00Z");
    expect(await seedDemoData(db, now)).toEqual({ seeded: true });
    const counts = async () => ({
      cases: await db.prisma.case.count(),
      citizens: await db.prisma.citizen.count(),
      people: await db.prisma.person.count(),
    });
    const first = await counts();
    // The demo's twelve citizens, and the closed history behind the dashboard's trend (R12).
    expect(first.cases).toBe(demoCases.length + demoQuarterHistory.length);
    expect(first.citizens).toBe(12 + demoQuarterHistory.length);
    expect(await seedDemoData(db, now)).toEqual({ seeded: false });
    expect(await counts()).toEqual(first);
  });

  it("gives every active demo case exactly one coordinator from a cross-sectoral team (R6, R7)", async () => {
    const active = await db.prisma.case.findMany({
      where: { status: "active" },
      include: {
        members: {
          include: { person: { include: { unit: { include: { organisation: true } } } } },
        },
      },
    });
    expect(active.length).toBeGreaterThan(0);
    for (const row of active) {
      expect(row.members.filter((member) => member.isCoordinator)).toHaveLength(1);
      const sectors = new Set(row.members.map((member) => member.person.unit.organisation.sector));
      expect(sectors.size).toBeGreaterThanOrEqual(2);
    }
  });
});
