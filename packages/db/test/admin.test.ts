// Administration (issue 10): organisations, units, people and administrator rights, each
// change in one transaction with its audit entry; conflicts are typed errors, never a 500.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AdminError,
  createOrganisation,
  createPerson,
  createUnit,
  deactivatePerson,
  grantAdministrator,
  isActiveAdministrator,
  listAdminOrganisations,
  listAdminPeople,
  listAdminUnits,
  personInputOf,
  reactivatePerson,
  revokeAdministrator,
  updateOrganisation,
  updatePerson,
  updateUnit,
} from "../src/admin/index";
import { createSession } from "../src/auth/create-session";
import { findLiveSession } from "../src/auth/session-person";
import {
  findPersonBySubject,
  findPersonByUsername,
  findPersonWithPlaceBySubject,
} from "../src/auth/sign-in-person";
import {
  createTestCase,
  createTestDatabase,
  seedTestOrganisations,
  type TestDatabase,
  type TestOrganisations,
  testDatabaseKinds,
} from "../src/testing";

const at = new Date("2026-11-30T10:00:00Z");

async function refusal(work: Promise<unknown>): Promise<{ code: string; field: string }> {
  try {
    await work;
  } catch (error) {
    if (error instanceof AdminError) return { code: error.code, field: error.field };
    throw error;
  }
  throw new Error("expected a refusal");
}

describe.each(testDatabaseKinds())("administration on %s", (kind) => {
  let db: TestDatabase;
  let orgs: TestOrganisations;
  let by: { personId: string; at: Date; requestId: string };

  const auditActions = async () =>
    (
      await db.prisma.auditEntry.findMany({
        where: { action: { startsWith: "admin." } },
        orderBy: { id: "asc" },
      })
    ).map((row) => ({ action: row.action, personId: row.personId, details: row.details }));

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    orgs = await seedTestOrganisations(db.prisma);
    await db.prisma.administrator.create({ data: { personId: orgs.analyst.id } });
    by = { personId: orgs.analyst.id, at, requestId: "req-1" };
  });
  afterAll(async () => {
    await db?.destroy();
  });

  it("creates and renames an organisation, each with an audit entry naming the administrator", async () => {
    const created = await createOrganisation(
      db,
      { name: "Skive Kommune", sector: "municipality" },
      by,
    );
    expect(created).toMatchObject({
      name: "Skive Kommune",
      sector: "municipality",
      unitCount: 0,
      activePeopleCount: 0,
    });
    const renamed = await updateOrganisation(
      db,
      {
        organisationId: created.organisationId,
        name: "Skive Kommune Social",
        sector: "municipality",
      },
      by,
    );
    expect(renamed.name).toBe("Skive Kommune Social");
    const listed = await listAdminOrganisations(db);
    expect(listed.map((row) => row.name)).toContain("Skive Kommune Social");
    const region = listed.find((row) => row.organisationId === orgs.regionLeader.organisationId);
    // Leader, staff and analyst in the region's one unit.
    expect(region).toMatchObject({ unitCount: 1, activePeopleCount: 3 });
    expect((await auditActions()).slice(-2)).toEqual([
      {
        action: "admin.organisation.create",
        personId: orgs.analyst.id,
        details: {
          organisationId: created.organisationId,
          name: "Skive Kommune",
          sector: "municipality",
          requestId: "req-1",
        },
      },
      {
        action: "admin.organisation.update",
        personId: orgs.analyst.id,
        details: {
          organisationId: created.organisationId,
          before: { name: "Skive Kommune", sector: "municipality" },
          after: { name: "Skive Kommune Social", sector: "municipality" },
          requestId: "req-1",
        },
      },
    ]);
  });

  it("refuses a name another organisation or unit has (any letter case) as a typed error; nothing is written", async () => {
    const before = (await auditActions()).length;
    const organisations = await db.prisma.organisation.count();
    expect(
      await refusal(createOrganisation(db, { name: "skive kommune social", sector: "region" }, by)),
    ).toEqual({ code: "organisation_name_taken", field: "name" });
    const other = await createOrganisation(
      db,
      { name: "Viborg Kommune", sector: "municipality" },
      by,
    );
    expect(
      await refusal(
        updateOrganisation(
          db,
          {
            organisationId: other.organisationId,
            name: "Skive Kommune Social",
            sector: "municipality",
          },
          by,
        ),
      ),
    ).toEqual({ code: "organisation_name_taken", field: "name" });
    const unit = await createUnit(
      db,
      { organisationId: other.organisationId, name: "Bostøtte" },
      by,
    );
    expect(
      await refusal(createUnit(db, { organisationId: other.organisationId, name: "BOSTØTTE" }, by)),
    ).toEqual({ code: "unit_name_taken", field: "name" });
    // The same unit name in another organisation is fine.
    await createUnit(
      db,
      { organisationId: orgs.regionLeader.organisationId, name: "Bostøtte" },
      by,
    );
    const second = await createUnit(
      db,
      { organisationId: other.organisationId, name: "Jobcenter" },
      by,
    );
    expect(await refusal(updateUnit(db, { unitId: second.unitId, name: "Bostøtte" }, by))).toEqual({
      code: "unit_name_taken",
      field: "name",
    });
    expect(unit).toMatchObject({
      name: "Bostøtte",
      organisationName: "Viborg Kommune",
      leaders: [],
    });
    expect(await db.prisma.organisation.count()).toBe(organisations + 1);
    // Viborg, three units: no entry for any refusal.
    expect((await auditActions()).length).toBe(before + 4);
  });

  it("answers a race on the unique index with the same typed error", async () => {
    const name = "Herning Kommune";
    const results = await Promise.allSettled([
      createOrganisation(db, { name, sector: "municipality" }, by),
      createOrganisation(db, { name, sector: "municipality" }, by),
    ]);
    const refused = results.filter((result) => result.status === "rejected");
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect((refused[0] as PromiseRejectedResult).reason).toBeInstanceOf(AdminError);
    expect(await db.prisma.organisation.count({ where: { name } })).toBe(1);
  });

  it("refuses what does not exist as a typed error", async () => {
    const missing = "0199d7c0-0000-7000-8000-000000000000";
    expect(await refusal(createUnit(db, { organisationId: missing, name: "X" }, by))).toEqual({
      code: "organisation_not_found",
      field: "organisationId",
    });
    expect(await refusal(updateUnit(db, { unitId: missing, name: "X" }, by))).toEqual({
      code: "unit_not_found",
      field: "unitId",
    });
    expect(await refusal(deactivatePerson(db, { personId: missing }, by))).toEqual({
      code: "person_not_found",
      field: "personId",
    });
  });

  it("adds a person, changes their role and unit, and lists a unit's leaders", async () => {
    const unit = await createUnit(
      db,
      { organisationId: orgs.municipalityLeader.organisationId, name: "Misbrugscenter" },
      by,
    );
    const person = await createPerson(
      db,
      {
        unitId: unit.unitId,
        name: "Ny Medarbejder",
        title: "Misbrugskonsulent",
        role: "staff",
        email: "ny@test.invalid",
        phone: null,
        subject: "oidc|ny",
      },
      by,
    );
    expect(person).toMatchObject({
      name: "Ny Medarbejder",
      role: "staff",
      unitName: "Misbrugscenter",
      administrator: false,
      deactivatedAt: null,
    });
    // They sign in by OpenID Connect; never with the demo sign-in.
    expect((await findPersonBySubject(db, "oidc|ny"))?.personId).toBe(person.personId);
    expect((await listAdminUnits(db, { unitId: unit.unitId }))[0]?.leaders).toEqual([]);

    const promoted = await updatePerson(
      db,
      { ...person, role: "leader", title: "Afdelingsleder", personId: person.personId },
      by,
    );
    expect(promoted.role).toBe("leader");
    expect((await listAdminUnits(db, { unitId: unit.unitId }))[0]?.leaders).toEqual([
      { personId: person.personId, name: "Ny Medarbejder" },
    ]);
    const [entry] = (await auditActions()).slice(-1);
    expect(entry).toEqual({
      action: "admin.person.update",
      personId: orgs.analyst.id,
      details: {
        personId: person.personId,
        before: { role: "staff", title: "Misbrugskonsulent" },
        after: { role: "leader", title: "Afdelingsleder" },
        requestId: "req-1",
      },
    });
    // Saving without a change writes nothing.
    const count = (await auditActions()).length;
    await updatePerson(db, { ...promoted, personId: person.personId }, by);
    expect((await auditActions()).length).toBe(count);

    const people = await listAdminPeople(db, { unitId: unit.unitId });
    expect(people.map((row) => row.name)).toEqual(["Ny Medarbejder"]);
  });

  it("refuses a save from a form opened before someone else's save; nothing is written, and a save from the current values goes through", async () => {
    const opened = await createPerson(
      db,
      {
        unitId: orgs.regionStaff.unitId,
        name: "Ida Ibsen",
        title: "Sygeplejerske",
        role: "staff",
        email: "ida@test.invalid",
        phone: null,
        subject: null,
      },
      by,
    );
    const shown = personInputOf(opened);
    // Another administrator saves a new phone number while the first has the form open…
    const theirs = await updatePerson(
      db,
      { ...shown, phone: "12 34 56 78", personId: opened.personId, expected: shown },
      by,
    );
    const entries = (await auditActions()).length;
    // …so the first one's save, which would clear it again, is refused on the first changed field.
    expect(
      await refusal(
        updatePerson(
          db,
          { ...shown, title: "Afdelingssygeplejerske", personId: opened.personId, expected: shown },
          by,
        ),
      ),
    ).toEqual({ code: "changed_meanwhile", field: "phone" });
    expect(await listAdminPeople(db, { personId: opened.personId })).toEqual([theirs]);
    expect((await auditActions()).length).toBe(entries);
    // Seen the new number, they save again from what is stored now: both changes stay.
    const saved = await updatePerson(
      db,
      {
        ...personInputOf(theirs),
        title: "Afdelingssygeplejerske",
        personId: opened.personId,
        expected: personInputOf(theirs),
      },
      by,
    );
    expect(saved).toMatchObject({ phone: "12 34 56 78", title: "Afdelingssygeplejerske" });
  });

  it("refuses renaming an organisation or unit from a form opened before someone else's change", async () => {
    const organisation = await createOrganisation(
      db,
      { name: "Ikast-Brande Kommune", sector: "municipality" },
      by,
    );
    const opened = { name: organisation.name, sector: organisation.sector };
    await updateOrganisation(
      db,
      {
        organisationId: organisation.organisationId,
        name: "Ikast-Brande Kommune",
        sector: "region",
      },
      by,
    );
    expect(
      await refusal(
        updateOrganisation(
          db,
          {
            organisationId: organisation.organisationId,
            name: "Ikast-Brande Kommune, Socialområdet",
            sector: "municipality",
            expected: opened,
          },
          by,
        ),
      ),
    ).toEqual({ code: "changed_meanwhile", field: "sector" });
    expect(
      (await listAdminOrganisations(db)).find(
        (row) => row.organisationId === organisation.organisationId,
      ),
    ).toMatchObject({ name: "Ikast-Brande Kommune", sector: "region" });

    const unit = await createUnit(
      db,
      { organisationId: organisation.organisationId, name: "Bostøtte Herning" },
      by,
    );
    await updateUnit(db, { unitId: unit.unitId, name: "Bostøtten" }, by);
    expect(
      await refusal(
        updateUnit(
          db,
          { unitId: unit.unitId, name: "Bostøtte Vest", expected: { name: "Bostøtte Herning" } },
          by,
        ),
      ),
    ).toEqual({ code: "changed_meanwhile", field: "name" });
    const renamed = await updateUnit(
      db,
      { unitId: unit.unitId, name: "Bostøtte Vest", expected: { name: "Bostøtten" } },
      by,
    );
    expect(renamed.name).toBe("Bostøtte Vest");
  });

  it.runIf(kind === "postgresql")(
    "refuses a save whose row another administrator changes between its read and its write",
    async () => {
      const person = await createPerson(
        db,
        {
          unitId: orgs.regionStaff.unitId,
          name: "Jens Jensen",
          title: "Psykolog",
          role: "staff",
          email: "jens@test.invalid",
          phone: null,
          subject: null,
        },
        by,
      );
      const shown = personInputOf(person);
      let release: () => void = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      let changed: () => void = () => {};
      const rowChanged = new Promise<void>((resolve) => {
        changed = resolve;
      });
      // The other save has changed the row but not committed: ours reads the old values,
      // passes the first check and then waits on the row lock.
      const other = db.prisma.$transaction(
        async (tx) => {
          await tx.person.update({ where: { id: person.personId }, data: { phone: "87654321" } });
          changed();
          await held;
        },
        { timeout: 60_000 },
      );
      await rowChanged;
      const ours = refusal(
        updatePerson(
          db,
          { ...shown, title: "Neuropsykolog", personId: person.personId, expected: shown },
          by,
        ),
      );
      let waiting = 0;
      for (let tries = 0; tries < 600 && waiting === 0; tries += 1) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        const [row] = await db.sql.query<{ waiting: number }>(
          `SELECT count(*)::int AS "waiting" FROM pg_stat_activity
           WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
        waiting = row?.waiting ?? 0;
      }
      release();
      expect(waiting).toBe(1);
      await other;
      expect(await ours).toEqual({ code: "changed_meanwhile", field: "name" });
      expect(await listAdminPeople(db, { personId: person.personId })).toMatchObject([
        { title: "Psykolog", phone: "87654321" },
      ]);
    },
  );

  it("R7: refuses to move a member of an open case's team to another organisation; within it, or once off the team, the move is made", async () => {
    const municipality = orgs.municipalityLeader;
    const created = await createPerson(
      db,
      {
        unitId: municipality.unitId,
        name: "Teammedlem Flytter",
        title: "Socialrådgiver",
        role: "staff",
        email: "flytter@test.invalid",
        phone: null,
        subject: null,
      },
      by,
    );
    const member = {
      ...municipality,
      id: created.personId,
      name: created.name,
      role: "staff" as const,
      username: "flytter",
    };
    const open = await createTestCase(db, {
      initiator: orgs.regionStaff,
      initiativeAt: new Date("2026-11-02T09:00:00Z"),
      endorsedBy: orgs.regionLeader,
      activation: {
        leaders: [orgs.regionLeader, municipality],
        members: [orgs.regionStaff, member],
        coordinator: orgs.regionStaff,
      },
    });
    const move = (unitId: string) =>
      updatePerson(db, { ...created, unitId, personId: created.personId }, by);
    const audited = (await auditActions()).length;

    expect(await refusal(move(orgs.regionStaff.unitId))).toEqual({
      code: "on_open_cases",
      field: "unitId",
    });
    expect(
      (await db.prisma.person.findUniqueOrThrow({ where: { id: created.personId } })).unitId,
    ).toBe(municipality.unitId);
    expect((await auditActions()).length).toBe(audited);

    // Another unit of the same organisation: still the organisation that joined the case.
    const sameOrganisation = await createUnit(
      db,
      { organisationId: municipality.organisationId, name: "Bostøtte" },
      by,
    );
    expect((await move(sameOrganisation.unitId)).unitName).toBe("Bostøtte");

    // Off the team (history kept), the move to the region is made.
    await db.prisma.teamMember.updateMany({
      where: { caseId: open.caseId, personId: created.personId },
      data: { leftAt: at },
    });
    expect((await move(orgs.regionStaff.unitId)).unitId).toBe(orgs.regionStaff.unitId);
  });

  it("R5: keeps the last leader of a unit with a waiting initiative — not demoted, moved or deactivated until another leads", async () => {
    const municipality = orgs.municipalityLeader;
    const unit = await createUnit(
      db,
      { organisationId: municipality.organisationId, name: "Socialpsykiatri" },
      by,
    );
    const personIn = (name: string, role: "leader" | "staff") =>
      createPerson(
        db,
        {
          unitId: unit.unitId,
          name,
          title: role,
          role,
          email: `${role}@socialpsykiatri.invalid`,
          phone: null,
          subject: null,
        },
        by,
      );
    const leader = await personIn("Eneste Leder", "leader");
    const staff = await personIn("Initiativtager", "staff");
    await createTestCase(db, {
      initiator: {
        ...municipality,
        id: staff.personId,
        name: staff.name,
        unitId: unit.unitId,
        role: "staff",
        username: "initiativtager",
      },
      initiativeAt: new Date("2026-11-20T09:00:00Z"),
    });
    const asLeader = { ...leader, personId: leader.personId };

    expect(await refusal(updatePerson(db, { ...asLeader, role: "staff" }, by))).toEqual({
      code: "last_leader",
      field: "role",
    });
    expect(
      await refusal(updatePerson(db, { ...asLeader, unitId: municipality.unitId }, by)),
    ).toEqual({ code: "last_leader", field: "role" });
    expect(await refusal(deactivatePerson(db, { personId: leader.personId }, by))).toEqual({
      code: "last_leader",
      field: "personId",
    });
    // Other changes to the leader are made as usual.
    expect((await updatePerson(db, { ...asLeader, title: "Afdelingsleder" }, by)).title).toBe(
      "Afdelingsleder",
    );

    // With a second leader in the unit, the first may step down.
    await updatePerson(db, { ...staff, personId: staff.personId, role: "leader" }, by);
    expect((await updatePerson(db, { ...asLeader, role: "staff" }, by)).role).toBe("staff");
  });

  it("refuses an OpenID Connect subject someone else has, and an unknown unit", async () => {
    const input = {
      unitId: orgs.regionStaff.unitId,
      name: "Dublet",
      title: "Sygeplejerske",
      role: "staff" as const,
      email: "dublet@test.invalid",
      phone: "80000099",
      subject: "oidc|ny",
    };
    expect(await refusal(createPerson(db, input, by))).toEqual({
      code: "subject_taken",
      field: "subject",
    });
    expect(
      await refusal(
        updatePerson(db, { ...input, personId: orgs.regionStaff.id, subject: "oidc|ny" }, by),
      ),
    ).toEqual({ code: "subject_taken", field: "subject" });
    expect(
      await refusal(
        createPerson(
          db,
          { ...input, subject: null, unitId: "0199d7c0-0000-7000-8000-000000000001" },
          by,
        ),
      ),
    ).toEqual({ code: "unit_not_found", field: "unitId" });
    expect(await db.prisma.person.count({ where: { name: "Dublet" } })).toBe(0);
  });

  it("deactivates instead of deleting: sessions end, sign-in is refused, rights go; reactivation undoes it", async () => {
    const person = orgs.municipalityStaff;
    await db.prisma.person.update({ where: { id: person.id }, data: { subject: "oidc|kommune" } });
    await db.prisma.administrator.create({ data: { personId: person.id } });
    await createSession(db, {
      tokenHash: "admin-test-session",
      personId: person.id,
      method: "demo",
      createdAt: at,
      expiresAt: new Date(at.getTime() + 3_600_000),
    });
    const deactivated = await deactivatePerson(db, { personId: person.id }, by);
    expect(deactivated).toMatchObject({ deactivatedAt: at, administrator: false });
    expect(await db.prisma.session.count({ where: { personId: person.id } })).toBe(0);
    expect(await findLiveSession(db, "admin-test-session")).toBeNull();
    expect(await findPersonByUsername(db, person.username)).toBeNull();
    expect(await findPersonBySubject(db, "oidc|kommune")).toBeNull();
    expect(await findPersonWithPlaceBySubject(db, "oidc|kommune")).toBeNull();
    expect(await isActiveAdministrator(db, person.id)).toBe(false);
    // Still there for the audit log and cases; listed only when asked for.
    expect(await db.prisma.person.count({ where: { id: person.id } })).toBe(1);
    expect((await listAdminPeople(db)).map((row) => row.personId)).not.toContain(person.id);
    expect(
      (await listAdminPeople(db, { includeDeactivated: true })).map((row) => row.personId),
    ).toContain(person.id);
    const [entry] = (await auditActions()).slice(-1);
    expect(entry).toMatchObject({
      action: "admin.person.deactivate",
      details: { personId: person.id, sessionsEnded: 1, administratorRevoked: true },
    });
    // Deactivating twice changes nothing more.
    await deactivatePerson(db, { personId: person.id }, by);
    expect(
      (await auditActions()).filter((row) => row.action === "admin.person.deactivate"),
    ).toHaveLength(1);
    expect(await refusal(grantAdministrator(db, { personId: person.id }, by))).toEqual({
      code: "person_deactivated",
      field: "personId",
    });

    const back = await reactivatePerson(db, { personId: person.id }, by);
    expect(back.deactivatedAt).toBeNull();
    expect((await findPersonBySubject(db, "oidc|kommune"))?.personId).toBe(person.id);
    expect((await findPersonWithPlaceBySubject(db, "oidc|kommune"))?.unitId).toBe(person.unitId);
    expect((await auditActions()).at(-1)?.action).toBe("admin.person.reactivate");
  });

  it("grants and revokes administrator rights, audited; nobody deactivates themselves or revokes their own", async () => {
    const leader = orgs.regionLeader;
    expect(await isActiveAdministrator(db, leader.id)).toBe(false);
    expect((await grantAdministrator(db, { personId: leader.id }, by)).administrator).toBe(true);
    expect(await isActiveAdministrator(db, leader.id)).toBe(true);
    expect((await auditActions()).at(-1)).toMatchObject({
      action: "admin.administrator.grant",
      details: { personId: leader.id },
    });
    expect((await revokeAdministrator(db, { personId: leader.id }, by)).administrator).toBe(false);
    expect((await auditActions()).at(-1)?.action).toBe("admin.administrator.revoke");
    expect(await refusal(revokeAdministrator(db, { personId: by.personId }, by))).toEqual({
      code: "own_account",
      field: "personId",
    });
    expect(await refusal(deactivatePerson(db, { personId: by.personId }, by))).toEqual({
      code: "own_account",
      field: "personId",
    });
    expect(await isActiveAdministrator(db, by.personId)).toBe(true);
  });

  it("writes nothing when the audit entry cannot be written: change and entry share one transaction", async () => {
    const organisations = await db.prisma.organisation.count();
    // An administrator id the audit log's foreign key refuses makes the entry fail.
    await expect(
      createOrganisation(
        db,
        { name: "Uden revisionsspor", sector: "region" },
        { personId: "0199d7c0-0000-7000-8000-00000000dead", at },
      ),
    ).rejects.toThrow();
    expect(await db.prisma.organisation.count()).toBe(organisations);
  });
});
