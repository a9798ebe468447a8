// Administration through the API (issue 10): only administrators, strict inputs with Danish
// messages, conflicts as CONFLICT with the field named, every change audited.

import { personInputOf } from "@samstemt/db";
import {
  createTestDatabase,
  seedTestOrganisations,
  type TestDatabase,
  type TestOrganisations,
  type TestPerson,
  testDatabaseKinds,
} from "@samstemt/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorForSession, startSession } from "../src";
import { callerFor } from "./fixtures";

const now = new Date("2026-11-30T10:00:00Z");

interface Failure {
  code: string;
  message: string;
  field: string | null;
  english: string | null;
  zodPaths: string[];
}

async function failure(work: Promise<unknown>): Promise<Failure> {
  try {
    await work;
  } catch (error) {
    const e = error as {
      code?: string;
      message: string;
      cause?: { domainError?: { field?: string; message?: { en?: string } }; issues?: unknown };
    };
    const issues = Array.isArray(e.cause?.issues)
      ? (e.cause.issues as Array<{ path: Array<string | number> }>)
      : [];
    return {
      code: e.code ?? "UNKNOWN",
      message: e.message,
      field: e.cause?.domainError?.field ?? null,
      english: e.cause?.domainError?.message?.en ?? null,
      zodPaths: issues.map((issue) => issue.path.join(".")),
    };
  }
  throw new Error("expected the call to fail");
}

describe.each(testDatabaseKinds())("administration through the API on %s", (kind) => {
  let db: TestDatabase;
  let orgs: TestOrganisations;
  let admin: TestPerson;

  const adminAudit = () =>
    db.sql.query<{ action: string; person_id: string; details: Record<string, unknown> }>(
      `SELECT action, person_id, details FROM audit_entry WHERE action LIKE 'admin.%' ORDER BY id`,
    );

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    orgs = await seedTestOrganisations(db.prisma);
    // Like the demo's rikke: an analyst who is also an administrator.
    admin = orgs.analyst;
    await db.prisma.administrator.create({ data: { personId: admin.id } });
  });
  afterAll(async () => {
    await db?.destroy();
  });

  it("tells each signed-in person whether they are an administrator", async () => {
    expect(await (await callerFor(db, admin, now)).admin.access()).toEqual({ administrator: true });
    expect(await (await callerFor(db, orgs.regionLeader, now)).admin.access()).toEqual({
      administrator: false,
    });
  });

  it("lets an administrator set up an organisation, a unit and a person, and change the person's role", async () => {
    const api = await callerFor(db, admin, now);
    const organisation = await api.admin.createOrganisation({
      name: "  Struer Kommune ",
      sector: "municipality",
    });
    // Names are trimmed.
    expect(organisation).toMatchObject({ name: "Struer Kommune", sector: "municipality" });
    const unit = await api.admin.createUnit({
      organisationId: organisation.organisationId,
      name: "Socialpsykiatri",
    });
    const person = await api.admin.createPerson({
      unitId: unit.unitId,
      name: "Marie Holm",
      title: "Bostøttemedarbejder",
      role: "staff",
      email: "marie.holm@test.invalid",
      phone: "",
      subject: "",
    });
    expect(person).toMatchObject({
      name: "Marie Holm",
      role: "staff",
      phone: null,
      subject: null,
      unitName: "Socialpsykiatri",
      organisationName: "Struer Kommune",
      administrator: false,
      deactivatedAt: null,
    });
    const leader = await api.admin.updatePerson({
      personId: person.personId,
      unitId: unit.unitId,
      name: "Marie Holm",
      title: "Leder",
      role: "leader",
      email: "marie.holm@test.invalid",
      phone: null,
      subject: "oidc|marie",
    });
    expect(leader).toMatchObject({ role: "leader", subject: "oidc|marie" });
    const [listed] = await api.admin.units({ organisationId: organisation.organisationId });
    expect(listed?.leaders).toEqual([{ personId: person.personId, name: "Marie Holm" }]);
    expect((await api.admin.people({ organisationId: organisation.organisationId })).length).toBe(
      1,
    );
    expect((await api.admin.person({ personId: person.personId })).title).toBe("Leder");
    expect((await api.admin.organisations()).map((row) => row.name)).toContain("Struer Kommune");

    expect((await adminAudit()).map((row) => [row.action, row.person_id])).toEqual([
      ["admin.organisation.create", admin.id],
      ["admin.unit.create", admin.id],
      ["admin.person.create", admin.id],
      ["admin.person.update", admin.id],
    ]);
  });

  it("refuses everyone but administrators with FORBIDDEN and changes nothing", async () => {
    const before = await db.prisma.organisation.count();
    for (const person of [orgs.regionLeader, orgs.regionStaff, orgs.municipalityLeader]) {
      const api = await callerFor(db, person, now);
      expect(await failure(api.admin.organisations())).toMatchObject({
        code: "FORBIDDEN",
        message: "Kun administratorer har adgang til administrationen.",
      });
      expect(
        (await failure(api.admin.createOrganisation({ name: "Ulovlig", sector: "region" }))).code,
      ).toBe("FORBIDDEN");
      expect((await failure(api.admin.grantAdministrator({ personId: person.id }))).code).toBe(
        "FORBIDDEN",
      );
    }
    expect((await failure((await callerFor(db, null, now)).admin.people())).code).toBe(
      "UNAUTHORIZED",
    );
    expect(await db.prisma.organisation.count()).toBe(before);
    expect(await db.prisma.administrator.count()).toBe(1);
  });

  it("answers a name already taken with CONFLICT naming the field, in Danish and English", async () => {
    const api = await callerFor(db, admin, now);
    const taken = await failure(
      api.admin.createOrganisation({ name: "STRUER KOMMUNE", sector: "region" }),
    );
    expect(taken).toMatchObject({
      code: "CONFLICT",
      message: "Der findes allerede en organisation med det navn. Skriv et andet navn.",
      field: "name",
      english: "An organisation with that name already exists. Enter another name.",
    });
    const subject = await failure(
      api.admin.updatePerson({
        personId: orgs.regionStaff.id,
        unitId: orgs.regionStaff.unitId,
        name: orgs.regionStaff.name,
        title: "staff",
        role: "staff",
        email: "x@test.invalid",
        phone: null,
        subject: "oidc|marie",
      }),
    );
    expect(subject).toMatchObject({ code: "CONFLICT", field: "subject" });
  });

  it("answers a save from an out-of-date form with CONFLICT, naming the first field changed since", async () => {
    const api = await callerFor(db, admin, now);
    const opened = await api.admin.person({ personId: orgs.municipalityStaff.id });
    const shown = personInputOf(opened);
    const personId = opened.personId;
    await api.admin.updatePerson({ ...shown, personId, email: "ny@test.invalid" });
    const stale = await failure(
      api.admin.updatePerson({ ...shown, personId, title: "Socialrådgiver", expected: shown }),
    );
    expect(stale).toMatchObject({
      code: "CONFLICT",
      message:
        "En anden har gemt ændringer, siden du åbnede siden. Dine ændringer er ikke gemt – de står stadig i felterne.",
      field: "email",
    });
    expect((await api.admin.person({ personId })).title).toBe(opened.title);
    // The form's copy is compared as it is, but must still be harmless text of the right shape.
    const hostile = await failure(
      api.admin.updatePerson({
        ...shown,
        personId,
        expected: { ...shown, name: "a\u0000b", role: "chef" as never },
      }),
    );
    expect(hostile.code).toBe("BAD_REQUEST");
    expect(hostile.zodPaths.sort()).toEqual(["expected.name", "expected.role"]);
  });

  it("takes strict inputs only, with Danish messages for each field", async () => {
    const api = await callerFor(db, admin, now);
    const unknownKey = await failure(
      api.admin.createOrganisation({ name: "X", sector: "region", extra: 1 } as never),
    );
    expect(unknownKey.code).toBe("BAD_REQUEST");
    const empty = await failure(
      api.admin.createPerson({
        unitId: "ikke-et-id",
        name: " ",
        title: "",
        role: "chef" as never,
        email: "ikke en adresse",
        phone: null,
        subject: null,
      }),
    );
    expect(empty.code).toBe("BAD_REQUEST");
    expect(empty.zodPaths.sort()).toEqual(["email", "name", "role", "title", "unitId"]);
    expect(empty.message).toContain("Skriv personens navn.");
    expect(empty.message).toContain("Vælg en enhed.");
    expect(empty.message).toContain("Skriv en e-mailadresse som navn@eksempel.dk.");
    expect(
      (await failure(api.admin.createOrganisation({ name: "Y", sector: "hospital" as never })))
        .message,
    ).toContain("Vælg organisationens sektor.");
    // What PostgreSQL cannot store, or what makes a name read differently, is refused at the door.
    const nul = await failure(
      api.admin.createOrganisation({ name: "Ond\u0000org", sector: "region" }),
    );
    expect(nul).toMatchObject({ code: "BAD_REQUEST", zodPaths: ["name"] });
    expect(nul.message).toContain("Teksten må ikke indeholde kontroltegn.");
    const bidi = await failure(
      api.admin.createPerson({
        unitId: orgs.regionStaff.unitId,
        name: "Navn",
        title: "Titel",
        role: "staff",
        email: "a@test.invalid",
        phone: null,
        subject: "abc\u202Edef",
      }),
    );
    expect(bidi).toMatchObject({ code: "BAD_REQUEST", zodPaths: ["subject"] });
  });

  it("deactivates a person instead of deleting them: their session ends at once; never oneself", async () => {
    const api = await callerFor(db, admin, now);
    const { token } = await startSession(db, {
      personId: orgs.municipalityStaff.id,
      method: "demo",
      now,
      ttlHours: 8,
    });
    expect(await actorForSession(db, token, now)).not.toBeNull();
    const deactivated = await api.admin.deactivatePerson({ personId: orgs.municipalityStaff.id });
    expect(deactivated.deactivatedAt).toEqual(now);
    expect(await actorForSession(db, token, now)).toBeNull();
    expect((await api.admin.people()).map((row) => row.personId)).not.toContain(
      orgs.municipalityStaff.id,
    );
    expect(
      (await api.admin.people({ includeDeactivated: true })).map((row) => row.personId),
    ).toContain(orgs.municipalityStaff.id);
    expect((await adminAudit()).at(-1)).toMatchObject({
      action: "admin.person.deactivate",
      details: { personId: orgs.municipalityStaff.id, sessionsEnded: 1 },
    });
    expect(await failure(api.admin.deactivatePerson({ personId: admin.id }))).toMatchObject({
      code: "CONFLICT",
      field: "personId",
    });
    expect(
      (await api.admin.reactivatePerson({ personId: orgs.municipalityStaff.id })).deactivatedAt,
    ).toBeNull();
  });

  it("grants administrator rights, which open the administration; revoked, they close it", async () => {
    const api = await callerFor(db, admin, now);
    const leader = orgs.municipalityLeader;
    expect((await api.admin.grantAdministrator({ personId: leader.id })).administrator).toBe(true);
    const leaderApi = await callerFor(db, leader, now);
    expect((await leaderApi.admin.organisations()).length).toBeGreaterThan(0);
    await api.admin.revokeAdministrator({ personId: leader.id });
    expect((await failure(leaderApi.admin.organisations())).code).toBe("FORBIDDEN");
    expect(await failure(api.admin.revokeAdministrator({ personId: admin.id }))).toMatchObject({
      code: "CONFLICT",
      field: "personId",
    });
    expect((await adminAudit()).slice(-2).map((row) => row.action)).toEqual([
      "admin.administrator.grant",
      "admin.administrator.revoke",
    ]);
  });

  it("answers an unknown record with NOT_FOUND, not a server error", async () => {
    const api = await callerFor(db, admin, now);
    const missing = "0199d7c0-0000-7000-8000-000000000000";
    expect((await failure(api.admin.person({ personId: missing }))).code).toBe("NOT_FOUND");
    expect((await failure(api.admin.updateUnit({ unitId: missing, name: "Ny" }))).code).toBe(
      "NOT_FOUND",
    );
  });
});
