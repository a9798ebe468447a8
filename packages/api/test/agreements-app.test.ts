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
import { callerFor, errorOf } from "./fixtures";

// The two agreements through the staff app (R10, R11, R15) on PGlite and PostgreSQL:
// prefilled from the case, drafts saved, a missing field named before signing, who signs,
// a new version after signing, and two people saving the same draft at once.
const start = new Date("2026-02-02T09:00:00Z");
const day = (n: number) => new Date(start.getTime() + n * 86_400_000);

describe.each(testDatabaseKinds())("agreements in the staff app on %s", (kind) => {
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
  const complete = {
    citizenName: "x",
    contactPersons: [{ name: "Kontakt Person", organisation: null, phone: null, email: null }],
    activationReason: "Selvskade",
    overallGoal: "Stabil bolig",
    goalReachedWhen: "Når borgeren bor i egen bolig i et halvt år",
    alignmentWithCitizenGoal: "Ja",
    coordinatorName: "Tovholder",
    teamMembers: [{ name: "A", organisation: "Region", roleOrTasks: "Behandler" }],
    meetingFrequency: { every: 1, unit: "month" as const, note: null },
    supervision: false,
    supervisor: null,
    supervisionFunding: null,
    communicationChannels: [{ channel: "Telefon til tovholderen", purpose: null }],
  };

  it("R10: the case fills in what it knows; a missing field is named in Danish before signing", async () => {
    const staff = await as(orgs.regionStaff);
    const detail = await staff.cases.get({ caseId });
    expect(detail.actions.editAgreements).toEqual({ organisational: true, citizen: true });
    expect(detail.agreementPrefill.organisational).toMatchObject({
      citizenName: detail.view.citizen.name,
      coordinatorName: orgs.regionStaff.name,
    });
    // Organisations by the register's names, never by id (R10/R11, like the paper template).
    const organisationsNamed = (detail.agreementPrefill.organisational.teamMembers ?? []).map(
      (member) => member.organisation,
    );
    expect(organisationsNamed).toHaveLength(2);
    for (const name of organisationsNamed) expect(name).toMatch(/^(Region|Kommune) [0-9a-f]{8}$/);
    expect(detail.agreementPrefill.citizen.teamMembers).toEqual(
      detail.agreementPrefill.organisational.teamMembers,
    );
    const { overallGoal: _left, ...withoutGoal } = complete;
    version = (
      await staff.agreements.saveAgreementDraft({
        caseId,
        expectedVersion: version,
        payload: { kind: "organisational", content: withoutGoal },
      })
    ).version;
    const leader = await as(orgs.regionLeader);
    // Told from the start, before anyone tries (the rule that refuses signing): what is
    // missing; the sign step is not offered until it is complete.
    const incomplete = await leader.cases.get({ caseId });
    expect(incomplete.actions.signAgreement.organisational).toEqual([]);
    expect(incomplete.agreementSigning.organisational).toMatchObject({
      version: 1,
      capacities: ["leader"],
      blockedBy: "incomplete",
    });
    expect(
      incomplete.agreementSigning.organisational?.missing.map((field) => field.label.da),
    ).toEqual(["Målet for den samlede indsats"]);

    // Mine opgaver: incomplete, so the coordinator completes it and no leader is asked to sign.
    const tasksOf = async (person: TestPerson) =>
      (await (await as(person)).tasks.mine()).caseTasks
        .filter((task) => task.caseId === caseId && task.agreement !== null)
        .map((task) => [task.kind, task.agreement]);
    expect(await tasksOf(orgs.regionStaff)).toEqual([
      ["complete_agreement", "organisational"],
      ["complete_agreement", "citizen"],
    ]);
    expect(await tasksOf(orgs.regionLeader)).toEqual([]);
    const refused = await errorOf(
      leader.agreements.signAgreement({
        caseId,
        expectedVersion: version,
        payload: { kind: "organisational", version: 1, signAs: "leader" },
      }),
    );
    expect(refused.code).toBe("CONFLICT");
    const cause = refused.cause as unknown as {
      domainError: {
        code: string;
        details: { missing: Array<{ key: string; label: { da: string } }> };
      };
    };
    expect(cause.domainError.code).toBe("AGREEMENT_INCOMPLETE");
    expect(cause.domainError.details.missing.map((field) => field.label.da)).toEqual([
      "Målet for den samlede indsats",
    ]);
  });

  it("R10: both leaders sign; the signed version is frozen and a change makes version 2", async () => {
    const staff = await as(orgs.regionStaff);
    version = (
      await staff.agreements.saveAgreementDraft({
        caseId,
        expectedVersion: version,
        payload: { kind: "organisational", content: complete },
      })
    ).version;
    const signTasks = async (person: TestPerson) =>
      (await (await as(person)).tasks.mine()).caseTasks
        .filter((task) => task.caseId === caseId && task.kind === "sign_agreement")
        .map((task) => [task.agreement, task.waitsForConsentCovering]);
    // The organisation that wrote it, then the reader's own.
    const both = [orgs.regionLeader.organisationId, orgs.municipalityLeader.organisationId];
    expect(await signTasks(orgs.regionLeader)).toEqual([["organisational", []]]);
    // R4: the region wrote it; without the citizen's consent it does not reach the
    // municipality, whose leader is not asked to sign what they may not read: the task waits.
    expect(await signTasks(orgs.municipalityLeader)).toEqual([["organisational", both]]);
    const municipality = await as(orgs.municipalityLeader);
    const waiting = await municipality.cases.get({ caseId });
    expect(waiting.actions.signAgreement.organisational).toEqual([]);
    expect(waiting.agreementSigning.organisational).toMatchObject({
      blockedBy: "consent",
      consentMustCover: both,
      missing: [],
    });
    const unreadable = await errorOf(
      municipality.agreements.signAgreement({
        caseId,
        expectedVersion: version,
        payload: { kind: "organisational", version: 1, signAs: "leader" },
      }),
    );
    expect(
      (unreadable.cause as unknown as { domainError: { code: string } }).domainError.code,
    ).toBe("AGREEMENT_NOT_READABLE");
    // R4: nor may they overwrite the draft they cannot read; the page does not offer it.
    expect(waiting.actions.editAgreements.organisational).toBe(false);
    const overwrite = await errorOf(
      municipality.agreements.saveAgreementDraft({
        caseId,
        expectedVersion: version,
        payload: { kind: "organisational", content: { overallGoal: "Noget andet" } },
      }),
    );
    expect(overwrite.code).toBe("CONFLICT");
    expect((overwrite.cause as unknown as { domainError: { code: string } }).domainError.code).toBe(
      "AGREEMENT_DRAFT_NOT_READABLE",
    );
    version = (
      await staff.consent.recordConsent({
        caseId,
        expectedVersion: version,
        payload: {
          consentId: "samtykke-1",
          method: "oral",
          organisationIds: both,
          givenAt: day(1),
        },
      })
    ).version;
    expect(await signTasks(orgs.municipalityLeader)).toEqual([["organisational", []]]);
    for (const leader of [orgs.regionLeader, orgs.municipalityLeader]) {
      const result = await (await as(leader)).agreements.signAgreement({
        caseId,
        expectedVersion: version,
        payload: { kind: "organisational", version: 1, signAs: "leader" },
      });
      version = result.version;
      // The command returns the whole case page as `cases.get` would, for the page to show.
      expect(result.detail).toEqual(await (await as(leader)).cases.get({ caseId }));
    }
    const signed = await staff.cases.get({ caseId });
    expect(signed.view.agreements.organisational[0]?.status).toBe("signed");
    expect(signed.actions.signAgreement.organisational).toEqual([]);
    expect(await signTasks(orgs.municipalityLeader)).toEqual([]);
    version = (
      await staff.agreements.saveAgreementDraft({
        caseId,
        expectedVersion: version,
        payload: { kind: "organisational", content: { ...complete, overallGoal: "Arbejde" } },
      })
    ).version;
    const after = await staff.cases.get({ caseId });
    expect(after.view.agreements.organisational.map((v) => [v.version, v.status])).toEqual([
      [1, "signed"],
      [2, "draft"],
    ]);
  });

  it("R11: a team member signs for the team and records the citizen's signature; staff outside the team may not", async () => {
    const staff = await as(orgs.municipalityStaff);
    version = (
      await staff.agreements.saveAgreementDraft({
        caseId,
        expectedVersion: version,
        payload: {
          kind: "citizen",
          content: {
            citizenName: "x",
            contactPersons: complete.contactPersons,
            citizenGoal: "Egen bolig",
            teamGoal: "Stabil hverdag",
            teamMembers: complete.teamMembers,
            citizenExpectations: "At blive hørt",
            teamExpectations: "At borgeren kommer til møderne",
            meetingFrequency: complete.meetingFrequency,
            communicationChannels: complete.communicationChannels,
          },
        },
      })
    ).version;
    expect((await staff.cases.get({ caseId })).actions.signAgreement.citizen).toEqual([
      "team",
      "citizen",
    ]);
    expect(
      (await (await as(orgs.regionLeader)).cases.get({ caseId })).actions.signAgreement.citizen,
    ).toEqual([]);
    for (const signAs of ["citizen", "team"] as const) {
      version = (
        await staff.agreements.signAgreement({
          caseId,
          expectedVersion: version,
          payload: {
            kind: "citizen",
            version: 1,
            signAs,
            citizenAgreement: { how: "in_person", agreedAt: day(2) },
          },
        })
      ).version;
    }
    const detail = await staff.cases.get({ caseId });
    expect(detail.view.agreements.citizen[0]?.status).toBe("signed");
    // R11: how and when the citizen agreed is kept with the citizen's signature only.
    expect(
      detail.view.agreements.citizen[0]?.signatures.map((s) => [s.signAs, s.citizenAgreement]),
    ).toEqual([
      ["citizen", { how: "in_person", agreedAt: day(2) }],
      ["team", null],
    ]);
  });

  it("two people saving the same draft: the second gets a conflict and nothing is overwritten", async () => {
    const first = await as(orgs.regionStaff);
    const second = await as(orgs.municipalityStaff);
    const base = version;
    version = (
      await first.agreements.saveAgreementDraft({
        caseId,
        expectedVersion: base,
        payload: { kind: "organisational", content: { ...complete, overallGoal: "Første" } },
      })
    ).version;
    const conflict = await errorOf(
      second.agreements.saveAgreementDraft({
        caseId,
        expectedVersion: base,
        payload: { kind: "organisational", content: { ...complete, overallGoal: "Anden" } },
      }),
    );
    expect(conflict.code).toBe("CONFLICT");
    // Without a consent the draft's content reaches its own organisation only (R4).
    const latest = (await first.cases.get({ caseId })).view.agreements.organisational.at(-1);
    expect(latest?.content).toMatchObject({ shown: true, content: { overallGoal: "Første" } });
  });

  it("F2: the case shows what went to the citizen by digital post, titles and dates only", async () => {
    const staff = await as(orgs.regionStaff);
    const before = await staff.cases.get({ caseId });
    expect(before.citizenDocuments).toEqual([]);
    // What the worker records when the digital-post adapter has taken the message.
    await recordCitizenDocumentSent(db, {
      caseId,
      citizenId: before.view.citizen.citizenId,
      at: day(3),
      title: "Samarbejdsaftale – Borger/patient & Team, version 1",
      kind: "citizen_agreement",
      messageId: "memo-1",
    });
    for (const person of [orgs.regionStaff, orgs.municipalityLeader]) {
      expect((await (await as(person)).cases.get({ caseId })).citizenDocuments).toEqual([
        {
          at: day(3),
          title: "Samarbejdsaftale – Borger/patient & Team, version 1",
          kind: "citizen_agreement",
        },
      ]);
    }
  });
});
