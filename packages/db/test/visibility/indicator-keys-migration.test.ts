// The migration that added the dashboard's visibility keys and meeting quarters to the
// indicator rows fills them for cases stored before it from the projected tables. It must
// give what the projection itself writes (caseVisibilityKeys, collaborationMeetingQuarters),
// or the dashboard would count existing cases differently until they are saved again.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readMigrations } from "../../src/migrations/read-migrations";
import { seedDemoData } from "../../src/seed/seed-demo";
import { createTestDatabase, type TestDatabase, testDatabaseKinds } from "../../src/testing";

interface KeyedColumns {
  case_id: string;
  visible_to: string[] | null;
  collaboration_meeting_quarters: string[] | null;
  citizen_present_meeting_quarters: string[] | null;
}

const MIGRATION = "20261130170000_dashboard_visibility_keys";

/** The migration's statements that fill existing rows (it first adds the columns). */
function backfillSql(): string {
  const migration = readMigrations().find((m) => m.name === MIGRATION);
  if (!migration) throw new Error(`migration ${MIGRATION} not found`);
  return migration.sql.slice(migration.sql.indexOf('UPDATE "case_indicator"'));
}

describe.each(testDatabaseKinds())("indicator keys of existing cases, on %s", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    await seedDemoData(db, new Date("2026-11-23T10:00:00Z"));
  });
  afterAll(async () => {
    await db?.destroy();
  });

  const read = () =>
    db.sql.query<KeyedColumns>(
      `SELECT "case_id", "visible_to", "collaboration_meeting_quarters",
         "citizen_present_meeting_quarters" FROM "case_indicator" ORDER BY "case_id"`,
    );
  // The keys are a set; the projection's order is not the migration's.
  const asSets = (rows: KeyedColumns[]) =>
    rows.map((row) => ({ ...row, visible_to: [...(row.visible_to ?? [])].sort() }));

  it("are what the projection writes", async () => {
    const projected = await read();
    await db.sql.exec(`UPDATE "case_indicator" SET "visible_to" = NULL,
      "collaboration_meeting_quarters" = NULL, "citizen_present_meeting_quarters" = NULL`);
    await db.sql.exec(backfillSql());
    expect(asSets(await read())).toEqual(asSets(projected));
    // Not vacuous: the demo cases have teams, organisations and meetings with and without
    // the citizen.
    expect(projected.some((row) => (row.visible_to?.length ?? 0) > 3)).toBe(true);
    expect(projected.some((row) => (row.collaboration_meeting_quarters?.length ?? 0) > 1)).toBe(
      true,
    );
    expect(
      projected.some(
        (row) =>
          (row.citizen_present_meeting_quarters?.length ?? 0) <
          (row.collaboration_meeting_quarters?.length ?? 0),
      ),
    ).toBe(true);
  });
});
