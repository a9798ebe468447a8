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
import { callerFor, codeOf } from "./fixtures";

// R4: a consent registered by mistake is corrected as a correction through the staff app's
// procedure — who, when, why, kept and audited — and never turns into a withdrawal.
const start = new Date("2026-01-05T09:00:00Z");
const day = (n: number) => new Date(start.getTime() + n * 86_400_000);
const reason = "Registreret på den forkerte borger.\nBorgeren har ikke givet samtykke endnu.";

describe.each(testDatabaseKinds())("correcting a consent registration on %s", (kind) => {
  let db: TestDatabase;
  let orgs: TestOrganisations;
  let caseId: string;
  let version: number;
  let consentId: string;

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
    consentId = crypto.randomUUID();
    const recorded = await (await as(orgs.regionStaff, day(2))).consent.recordConsent({
      caseId,
      expectedVersion: created.state.version,
      payload: {
        consentId,
        method: "oral",
        organisationIds: [orgs.regionStaff.organisationId, orgs.municipalityStaff.organisationId],
        givenAt: day(1),
      },
    });
    version = recorded.version;
  });
  afterAll(async () => {
    await db?.destroy();
  });

  const as = (person: TestPerson, at: Date) => callerFor(db, person, at);

  it("R4: only the registering organisation is offered and allowed the correction", async () => {
    const municipality = await as(orgs.municipalityStaff, day(3));
    expect((await municipality.cases.get({ caseId })).actions.correctConsentIds).toEqual([]);
    expect(
      await codeOf(
        municipality.consent.correctConsentRegistration({
          caseId,
          expectedVersion: version,
          payload: { consentId, reason },
        }),
      ),
    ).toBe("FORBIDDEN");
    const region = await as(orgs.regionStaff, day(3));
    expect((await region.cases.get({ caseId })).actions.correctConsentIds).toEqual([consentId]);
    expect(
      await codeOf(
        region.consent.correctConsentRegistration({
          caseId,
          expectedVersion: version,
          payload: { consentId, reason: " " },
        }),
      ),
    ).toBe("BAD_REQUEST");
  });

  it("R4: the correction keeps the registration with who, when and why, stops the flow and is audited", async () => {
    const region = await as(orgs.regionStaff, day(3));
    const corrected = await region.consent.correctConsentRegistration({
      caseId,
      expectedVersion: version,
      payload: { consentId, reason },
    });
    version = corrected.version;
    const detail = await region.cases.get({ caseId });
    expect(detail.view.consents).toEqual([]);
    expect(detail.consentStatus.map((s) => s.reason)).toEqual(["no_consent", "no_consent"]);
    expect(detail.actions.withdrawConsentIds).toEqual([]);
    expect(detail.view.correctedConsents).toMatchObject([
      {
        consentId,
        correctedBy: { personId: orgs.regionStaff.id, recordedAt: day(3) },
        details: {
          shown: true,
          // The line break in the reason is kept.
          content: { correctionReason: reason, withdrawnAt: null, method: "oral" },
        },
      },
    ]);
    // Without a consent the municipality no longer reads the region's registration.
    const outside = await (await as(orgs.municipalityStaff, day(3))).cases.get({ caseId });
    expect(outside.view.correctedConsents[0]?.details.shown).toBe(false);
    expect(JSON.stringify(outside)).not.toContain("forkerte borger");

    const events = await db.prisma.caseEvent.findMany({ where: { caseId } });
    const types = events.map((event) => event.type);
    expect(types).toContain("ConsentRegistrationCorrected");
    expect(types).not.toContain("ConsentWithdrawn");
    const audit = await db.prisma.auditEntry.findMany({
      where: { caseId, action: "case.command.correctConsentRegistration" },
    });
    expect(audit.map((entry) => entry.personId)).toEqual([orgs.regionStaff.id]);

    expect(
      await codeOf(
        region.consent.correctConsentRegistration({
          caseId,
          expectedVersion: version,
          payload: { consentId, reason },
        }),
      ),
    ).toBe("CONFLICT");
  });
});
