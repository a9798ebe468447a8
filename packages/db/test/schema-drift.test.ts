import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../src/testing";
import { shapeFromDatabase, shapeFromPrismaSchema } from "./schema-shape";

// Migrations are hand-applied SQL (prisma migrate cannot run offline), so this test is what
// keeps schema.prisma — which generates the client — and the SQL that builds the tables in step.
describe("schema.prisma and the SQL migrations", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase("pglite");
  });
  afterAll(async () => {
    await db?.destroy();
  });

  it("describe the same enums, columns, indexes and foreign keys", async () => {
    const expected = shapeFromPrismaSchema();
    expect(expected.columns.length).toBeGreaterThan(20);
    expect(await shapeFromDatabase(db.sql)).toEqual(expected);
  });

  it("are told apart when a migration leaves out a column", async () => {
    await db.sql.exec(`ALTER TABLE "citizen" DROP COLUMN "name"`);
    const actual = await shapeFromDatabase(db.sql);
    expect(actual.columns).not.toContain("citizen.name text not null");
    expect(actual).not.toEqual(shapeFromPrismaSchema());
  });
});
