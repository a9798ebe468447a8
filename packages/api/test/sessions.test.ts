import {
  createTestDatabase,
  seedTestOrganisations,
  type TestDatabase,
  type TestOrganisations,
  testDatabaseKinds,
} from "@samstemt/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorForSession, endSession, startSession } from "../src";

const minutes = (at: Date, count: number) => new Date(at.getTime() + count * 60_000);

describe.each(testDatabaseKinds())("sessions on %s", (kind) => {
  let db: TestDatabase;
  let orgs: TestOrganisations;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    orgs = await seedTestOrganisations(db.prisma);
  });
  afterAll(async () => {
    await db?.destroy();
  });

  const sessionsOf = (personId: string) =>
    db.sql.query<{ token_hash: string }>("SELECT token_hash FROM session WHERE person_id = $1", [
      personId,
    ]);
  const auditOf = (personId: string) =>
    db.sql.query<{ action: string; details: Record<string, string> }>(
      "SELECT action, details FROM audit_entry WHERE person_id = $1 ORDER BY id",
      [personId],
    );

  it("resolves a token to the person, their unit and sector", async () => {
    const now = new Date("2026-05-01T08:00:00Z");
    const { token } = await startSession(db, {
      personId: orgs.regionLeader.id,
      method: "demo",
      now,
      ttlHours: 8,
    });
    expect(await actorForSession(db, token, now)).toMatchObject({
      personId: orgs.regionLeader.id,
      role: "leader",
      sector: "region",
    });
    expect(await actorForSession(db, "forged", now)).toBeNull();
  });

  it("ends after its absolute lifetime however busy, and is gone from the database", async () => {
    const start = new Date("2026-05-02T08:00:00Z");
    const person = orgs.municipalityLeader;
    const { token } = await startSession(db, {
      personId: person.id,
      method: "demo",
      now: start,
      ttlHours: 12,
    });
    // Used every 20 minutes for 12 hours: never idle, still ends at the 12th hour.
    for (let at = 20; at < 12 * 60; at += 20) {
      expect(await actorForSession(db, token, minutes(start, at)), `minute ${at}`).not.toBeNull();
    }
    expect(await actorForSession(db, token, minutes(start, 12 * 60))).toBeNull();
    expect(await sessionsOf(person.id)).toHaveLength(0);
    const timeout = (await auditOf(person.id)).find((row) => row.action === "auth.session.timeout");
    expect(timeout?.details).toMatchObject({ reason: "expired" });
  });

  it("ends after 30 idle minutes; each use starts the idle time again", async () => {
    const start = new Date("2026-05-03T08:00:00Z");
    const person = orgs.municipalityStaff;
    const { token } = await startSession(db, {
      personId: person.id,
      method: "demo",
      now: start,
      ttlHours: 12,
    });
    expect(await actorForSession(db, token, minutes(start, 29))).not.toBeNull();
    expect(await actorForSession(db, token, minutes(start, 58))).not.toBeNull();
    expect(await actorForSession(db, token, minutes(start, 88))).toBeNull();
    expect(await sessionsOf(person.id)).toHaveLength(0);
    const timeout = (await auditOf(person.id)).find((row) => row.action === "auth.session.timeout");
    expect(timeout?.details).toMatchObject({ reason: "idle", method: "demo" });
  });

  it("takes the idle timeout from the policy", async () => {
    const start = new Date("2026-05-04T08:00:00Z");
    const { token } = await startSession(db, {
      personId: orgs.analyst.id,
      method: "demo",
      now: start,
      ttlHours: 12,
    });
    expect(await actorForSession(db, token, minutes(start, 4), { idleMinutes: 5 })).not.toBeNull();
    expect(await actorForSession(db, token, minutes(start, 10), { idleMinutes: 5 })).toBeNull();
  });

  it("gives every sign-in a new token and ends the one the browser came with", async () => {
    const now = new Date();
    const first = await startSession(db, {
      personId: orgs.regionStaff.id,
      method: "demo",
      now,
      ttlHours: 1,
    });
    // Signing in as someone else in the same browser.
    const second = await startSession(db, {
      personId: orgs.regionLeader.id,
      method: "demo",
      now,
      ttlHours: 1,
      previousToken: first.token,
    });
    expect(second.token).not.toBe(first.token);
    expect(await actorForSession(db, first.token, now)).toBeNull();
    expect((await actorForSession(db, second.token, now))?.personId).toBe(orgs.regionLeader.id);
    const staffLog = (await auditOf(orgs.regionStaff.id)).map((row) => row.action);
    expect(staffLog.slice(-2)).toEqual(["auth.sign-in", "auth.sign-out"]);
  });

  it("stores only a hash of the token, ends it on the server at sign-out, and audits both", async () => {
    const now = new Date();
    const person = orgs.regionStaff;
    const { token } = await startSession(db, {
      personId: person.id,
      method: "oidc",
      now,
      ttlHours: 1,
      idToken: "header.payload.signature",
    });
    const stored = await sessionsOf(person.id);
    expect(stored).toHaveLength(1);
    expect(stored.some((row) => row.token_hash === token)).toBe(false);
    expect(await endSession(db, token, now)).toEqual({
      method: "oidc",
      idToken: "header.payload.signature",
    });
    expect(await actorForSession(db, token, now)).toBeNull();
    expect(await sessionsOf(person.id)).toHaveLength(0);
    expect(await endSession(db, token, now)).toBeNull();
    const log = await auditOf(person.id);
    expect(log.slice(-2)).toEqual([
      { action: "auth.sign-in", details: { method: "oidc" } },
      { action: "auth.sign-out", details: { method: "oidc" } },
    ]);
  });
});
