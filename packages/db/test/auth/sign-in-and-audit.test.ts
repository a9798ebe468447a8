// The db functions behind sign-in, sessions and the audit log, on real databases.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeAuditEntries } from "../../src/audit/write-audit-entries";
import { createSession } from "../../src/auth/create-session";
import { deleteSession } from "../../src/auth/delete-session";
import { listDemoPeople } from "../../src/auth/demo-people";
import { findSessionPerson } from "../../src/auth/session-person";
import { findPersonBySubject, findPersonByUsername } from "../../src/auth/sign-in-person";
import { withTransaction } from "../../src/client/transaction";
import {
  createTestDatabase,
  seedTestOrganisations,
  type TestDatabase,
  type TestOrganisations,
  testDatabaseKinds,
} from "../../src/testing";

describe.each(testDatabaseKinds())("sign-in, sessions and audit on %s", (kind) => {
  let db: TestDatabase;
  let orgs: TestOrganisations;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    orgs = await seedTestOrganisations(db.prisma);
  });
  afterAll(async () => {
    await db?.destroy();
  });

  it("finds a person by demo user name and by OpenID Connect subject, or nobody", async () => {
    const leader = orgs.regionLeader;
    expect(await findPersonByUsername(db, leader.username)).toEqual({
      personId: leader.id,
      name: leader.name,
      role: "leader",
      demo: false,
    });
    expect(await findPersonByUsername(db, "nobody")).toBeNull();
    await db.prisma.person.update({ where: { id: leader.id }, data: { subject: "oidc|42" } });
    expect((await findPersonBySubject(db, "oidc|42"))?.personId).toBe(leader.id);
    expect(await findPersonBySubject(db, "oidc|43")).toBeNull();
  });

  it("lists only made-up demo people, by organisation and then name", async () => {
    expect(await listDemoPeople(db)).toEqual([]);
    for (const person of [orgs.municipalityStaff, orgs.regionStaff, orgs.regionLeader]) {
      await db.prisma.person.update({ where: { id: person.id }, data: { demo: true } });
    }
    const listed = await listDemoPeople(db);
    expect(listed.map((person) => person.username)).toEqual([
      orgs.municipalityStaff.username,
      ...[orgs.regionLeader, orgs.regionStaff].map((p) => p.username).sort(),
    ]);
    expect(listed[0]).toMatchObject({ role: "staff", title: "staff" });
  });

  it("stores a session under its hash, finds the person behind it and deletes it", async () => {
    const createdAt = new Date("2026-05-01T08:00:00Z");
    const expiresAt = new Date("2026-05-01T16:00:00Z");
    await createSession(db, {
      tokenHash: "hash-1",
      personId: orgs.municipalityLeader.id,
      method: "demo",
      createdAt,
      expiresAt,
    });
    expect(await findSessionPerson(db, "hash-1")).toEqual({
      expiresAt,
      personId: orgs.municipalityLeader.id,
      name: orgs.municipalityLeader.name,
      role: "leader",
      unitId: orgs.municipalityLeader.unitId,
      unitName: expect.stringContaining("Kommune enhed"),
      organisationId: orgs.municipalityLeader.organisationId,
      organisationName: expect.stringContaining("Kommune"),
      sector: "municipality",
    });
    await deleteSession(db, "hash-1");
    expect(await findSessionPerson(db, "hash-1")).toBeNull();
    await deleteSession(db, "hash-1");
  });

  it("writes audit entries with the change they belong to, or not at all", async () => {
    const entry = {
      at: new Date("2026-05-02T10:00:00Z"),
      personId: orgs.regionStaff.id,
      action: "test.audit",
      citizenId: null,
      caseId: null,
      details: { events: ["A", "B"], nested: { n: 1, none: null } },
    };
    const count = async () =>
      (
        await db.sql.query<{ count: number }>(
          "SELECT count(*)::int AS count FROM audit_entry WHERE action = 'test.audit'",
        )
      )[0]?.count;
    await expect(
      withTransaction(db, async (tx) => {
        await writeAuditEntries(tx, [entry]);
        throw new Error("the change fails");
      }),
    ).rejects.toThrow("the change fails");
    expect(await count()).toBe(0);
    await withTransaction(db, (tx) => writeAuditEntries(tx, [entry, { ...entry, details: null }]));
    expect(await count()).toBe(2);
    const [stored] = await db.sql.query<{ details: unknown }>(
      "SELECT details FROM audit_entry WHERE action = 'test.audit' AND details IS NOT NULL",
    );
    expect(stored?.details).toEqual(entry.details);
  });
});
