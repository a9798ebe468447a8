import { raiseNotifications } from "@samstemt/db";
import {
  createTestDatabase,
  seedTestOrganisations,
  type TestDatabase,
  type TestOrganisations,
  type TestPerson,
  testDatabaseKinds,
} from "@samstemt/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor } from "./fixtures";

// The staff app polls `live.stamp` and fetches its lists again only when the stamp changed:
// it must change with everything that can change a person's tasks, cases, invitations and
// alerts — done by someone else — and with nothing that cannot.
const now = new Date("2026-04-15T10:00:00Z");

describe.each(testDatabaseKinds())("the lists' stamp on %s", (kind) => {
  let db: TestDatabase;
  let orgs: TestOrganisations;
  let other: TestOrganisations;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    orgs = await seedTestOrganisations(db.prisma);
    other = await seedTestOrganisations(db.prisma);
  });
  afterAll(async () => {
    await db?.destroy();
  });

  const stampOf = async (person: TestPerson, at = now) =>
    (await (await callerFor(db, person, at)).live.stamp()).stamp;

  it("changes for the leader when her staff registers an initiative, not for anyone else", async () => {
    const leaderBefore = await stampOf(orgs.regionLeader);
    const outsiderBefore = await stampOf(other.regionLeader);
    // Asking again, with nothing changed, gives the same stamp: no needless refetch.
    expect(await stampOf(orgs.regionLeader)).toBe(leaderBefore);

    const staff = await callerFor(db, orgs.regionStaff, now);
    const created = await staff.initiative.registerInitiative({
      citizen: { cpr: "0715801234", name: "Sigrid Stempelsen" },
      initiativeAt: new Date("2026-04-14T08:00:00Z"),
      reasons: { categories: ["self_harm"], text: null },
      citizenStance: "accepts_help",
      citizenStanceNote: null,
    });
    const afterRegistration = await stampOf(orgs.regionLeader);
    expect(afterRegistration).not.toBe(leaderBefore);
    expect(await stampOf(other.regionLeader)).toBe(outsiderBefore);

    // R5, R6: she endorses and invites the municipality: its leader's stamp changes too
    // (an invitation), though she cannot see the case yet.
    const municipalBefore = await stampOf(orgs.municipalityLeader);
    const leader = await callerFor(db, orgs.regionLeader, now);
    const endorsed = await leader.initiative.endorseInitiative({
      caseId: created.caseId,
      expectedVersion: created.version,
      payload: { note: null },
    });
    const afterEndorsement = await stampOf(orgs.regionLeader);
    expect(afterEndorsement).not.toBe(afterRegistration);
    await leader.activation.inviteOrganisation({
      caseId: created.caseId,
      expectedVersion: endorsed.version,
      payload: { organisationId: orgs.municipalityLeader.organisationId },
    });
    expect(await stampOf(orgs.municipalityLeader)).not.toBe(municipalBefore);
    expect(await stampOf(other.regionLeader)).toBe(outsiderBefore);

    // The case on screen: its version for those who may see it, nothing for others.
    const onScreen = async (person: TestPerson) =>
      (await (await callerFor(db, person, now)).live.stamp({ caseId: created.caseId })).caseVersion;
    expect(await onScreen(orgs.regionLeader)).toBe(endorsed.version + 1);
    expect(await onScreen(orgs.regionStaff)).toBe(endorsed.version + 1);
    expect(await onScreen(orgs.municipalityLeader)).toBeNull();
    expect(await onScreen(other.regionLeader)).toBeNull();
  });

  it("changes when an alert is raised, read, or done", async () => {
    const person = orgs.regionStaff;
    const before = await stampOf(person);
    await raiseNotifications(db, [
      {
        personId: person.id,
        conditionKey: "deadline.approaching:x",
        kind: "deadline.approaching",
        caseId: null,
        dueAt: null,
        texts: { da: { title: "t", body: "b" }, en: { title: "t", body: "b" } },
      },
    ]);
    const raised = await stampOf(person);
    expect(raised).not.toBe(before);
    await (await callerFor(db, person, now)).notifications.markRead({});
    const read = await stampOf(person);
    expect(read).not.toBe(raised);
    await db.prisma.notification.updateMany({
      where: { personId: person.id },
      data: { doneAt: now },
    });
    expect(await stampOf(person)).not.toBe(read);
  });

  it("changes on a new Danish day, when tasks time alone brings may appear", async () => {
    const today = await stampOf(orgs.regionStaff, new Date("2026-04-15T21:59:00Z"));
    expect(await stampOf(orgs.regionStaff, new Date("2026-04-15T10:00:00Z"))).toBe(today);
    expect(await stampOf(orgs.regionStaff, new Date("2026-04-15T22:01:00Z"))).not.toBe(today);
  });
});
