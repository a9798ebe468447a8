import { recordCitizenDocumentSent } from "@samstemt/db";
import {
  createTestCase,
  createTestDatabase,
  seedTestOrganisations,
  type TestDatabase,
  type TestOrganisations,
  type TestPerson,
  testDatabaseKinds,
} from "@samstemt/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor } from "./fixtures";

// R4 through the API on PGlite and PostgreSQL: what `cases.get` — and every command's answer —
// gives a member of an organisation the citizen's consent does not cover, besides the view.
const start = new Date("2026-02-02T09:00:00Z");
const day = (n: number) => new Date(start.getTime() + n * 86_400_000);

describe.each(testDatabaseKinds())("the case page's payload and the consent on %s", (kind) => {
  let db: TestDatabase;
  let orgs: TestOrganisations;
  let caseId: string;
  let version: number;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    orgs = await seedTestOrganisations(db.prisma);
    const created = await createTestCase(db.prisma, {
      initiator: orgs.regionStaff,
      initiativeAt: start,
      endorsedBy: orgs.regionLeader,
      activation: {
        leaders: [orgs.regionLeader, orgs.municipalityLeader],
        members: [orgs.regionStaff, orgs.municipalityStaff],
        coordinator: orgs.regionStaff,
      },
    });
    caseId = created.caseId;
    version = created.state.version;
  });
  afterAll(async () => {
    await db?.destroy();
  });

  const as = (person: TestPerson) => callerFor(db, person, day(3));
  const payloadOf = async (person: TestPerson) =>
    JSON.stringify(await (await as(person)).cases.get({ caseId }));

  it("R4: a member's tasks for the citizen and the titles of documents sent reach only as the consent does", async () => {
    const region = await as(orgs.regionStaff);
    const updated = await region.team.updateTeamMember({
      caseId,
      expectedVersion: version,
      payload: { personId: orgs.regionStaff.id, tasks: "Depotmedicin hver 14. dag" },
    });
    version = updated.version;
    // The command's answer is the region's own case page: its own tasks are in it.
    expect(JSON.stringify(updated.detail)).toContain("Depotmedicin hver 14. dag");
    await recordCitizenDocumentSent(db, {
      caseId,
      citizenId: updated.detail?.view.citizen.citizenId ?? "",
      at: day(2),
      title: "Referat af samarbejdsmødet om depotmedicinen",
      kind: "meeting_minutes",
      messageId: "memo-1",
    });

    const municipality = JSON.parse(await payloadOf(orgs.municipalityStaff));
    const text = JSON.stringify(municipality);
    expect(text).not.toContain("Depotmedicin");
    expect(text).not.toContain("depotmedicinen");
    const member = municipality.view.team.members.find(
      (m: { personId: string }) => m.personId === orgs.regionStaff.id,
    );
    expect(member).toMatchObject({ name: orgs.regionStaff.name, tasks: null, tasksWithheld: true });
    expect(municipality.citizenDocuments).toEqual([]);
    expect(municipality.citizenDocumentsWithheld).toBe(1);
    // The initiative's reasons are the region's too: not in the agreement's prefill either.
    expect(municipality.agreementPrefill.organisational.activationReason).toBeNull();

    // With the citizen's consent between the two, the same payload carries them.
    version = (
      await region.consent.recordConsent({
        caseId,
        expectedVersion: version,
        payload: {
          consentId: "samtykke-1",
          method: "oral",
          organisationIds: [orgs.regionStaff.organisationId, orgs.municipalityStaff.organisationId],
          givenAt: day(1),
        },
      })
    ).version;
    const consented = await payloadOf(orgs.municipalityStaff);
    expect(consented).toContain("Depotmedicin hver 14. dag");
    expect(consented).toContain("Referat af samarbejdsmødet om depotmedicinen");
  });
});
