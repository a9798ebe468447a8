import {
  createTestDatabase,
  seedTestOrganisations,
  type TestDatabase,
  type TestOrganisations,
} from "@samstemt/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorForSession, endSession, startSession } from "../src";

describe("sessions", () => {
  let db: TestDatabase;
  let orgs: TestOrganisations;
  beforeAll(async () => {
    db = await createTestDatabase("pglite");
    orgs = await seedTestOrganisations(db.prisma);
  });
  afterAll(async () => {
    await db?.destroy();
  });

  it("resolves a token to the person, their unit and sector, until it expires", async () => {
    const now = new Date("2026-05-01T08:00:00Z");
    const { token } = await startSession(db, {
      personId: orgs.regionLeader.id,
      method: "demo",
      now,
      ttlHours: 8,
    });
    const actor = await actorForSession(db, token, now);
    expect(actor).toMatchObject({
      personId: orgs.regionLeader.id,
      role: "leader",
      sector: "region",
    });
    expect(await actorForSession(db, token, new Date("2026-05-01T16:00:00Z"))).toBeNull();
    expect(await actorForSession(db, "forged", now)).toBeNull();
  });

  it("stores only a hash of the token and forgets it on sign-out", async () => {
    const now = new Date();
    const { token } = await startSession(db, {
      personId: orgs.regionStaff.id,
      method: "demo",
      now,
      ttlHours: 1,
    });
    const stored = await db.sql.query<{ token_hash: string }>(
      "SELECT token_hash FROM session WHERE person_id = $1",
      [orgs.regionStaff.id],
    );
    expect(stored).toHaveLength(1);
    expect(stored.some((row) => row.token_hash === token)).toBe(false);
    await endSession(db, token);
    expect(await actorForSession(db, token, now)).toBeNull();
  });
});
