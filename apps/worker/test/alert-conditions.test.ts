import { caseStateForAlerts } from "@samstemt/db";
import {
  createTestCase,
  createTestDatabase,
  seedTestOrganisations,
  type TestDatabase,
  type TestOrganisations,
} from "@samstemt/db/testing";
import { alertConditions } from "@samstemt/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor } from "./support/alert-scenario";

const agreement = {
  citizenName: "Testborger",
  contactPersons: [{ name: "Karen Kontakt", organisation: null, phone: null, email: null }],
  citizenGoal: "At beholde min lejlighed",
  teamGoal: "Færre indlæggelser",
  teamMembers: [{ name: "Karen Kontakt", organisation: "Kommunen", roleOrTasks: "Kontaktperson" }],
  citizenExpectations: "At blive hørt",
  teamExpectations: "At vi ses til møderne",
  meetingFrequency: { every: 2, unit: "week" as const, note: null },
  communicationChannels: [{ channel: "Telefon", purpose: null }],
};

// The conditions the alert scenario of alerts.test.ts does not reach: agreements waiting for
// signatures (R11) and meetings overdue against the agreed frequency (R10/R11).
describe("alert conditions of agreements and meeting frequency", () => {
  let db: TestDatabase;
  let orgs: TestOrganisations;
  beforeAll(async () => {
    db = await createTestDatabase("pglite");
    orgs = await seedTestOrganisations(db.prisma);
  });
  afterAll(async () => {
    await db?.destroy();
  });

  it("an agreement signed by some waits for the rest; once signed, meetings fall due at its frequency", async () => {
    const created = await createTestCase(db.prisma, {
      initiator: orgs.regionStaff,
      initiativeAt: new Date("2026-02-20T09:00:00Z"),
      endorsedBy: orgs.regionLeader,
      activation: {
        leaders: [orgs.regionLeader, orgs.municipalityLeader],
        members: [orgs.regionStaff, orgs.municipalityStaff],
        coordinator: orgs.municipalityStaff,
      },
      collaborationHeldAt: new Date("2026-03-02T09:00:00Z"),
    });
    const at = new Date("2026-03-10T09:00:00Z");
    const staff = await callerFor(db, orgs.regionStaff, at);
    const saved = await staff.agreements.saveAgreementDraft({
      caseId: created.caseId,
      expectedVersion: created.state.version,
      payload: { kind: "citizen", content: agreement },
    });
    const load = async () => {
      const state = await caseStateForAlerts(db, created.caseId);
      if (!state) throw new Error("case gone");
      return state;
    };
    // A draft waits for nobody's signature yet.
    expect(alertConditions(await load(), at).map((c) => c.kind)).toEqual([]);

    const byCitizen = await staff.agreements.signAgreement({
      caseId: created.caseId,
      expectedVersion: saved.version,
      payload: { kind: "citizen", version: 1, signAs: "citizen" },
    });
    expect(alertConditions(await load(), at)).toEqual([
      {
        kind: "agreement.awaitingSignature",
        key: `agreement.awaitingSignature:${created.caseId}:citizen:1`,
        caseId: created.caseId,
        dueAt: expect.any(Date),
        // The coordinator, the endorsing leader and the leader who joined.
        audience: {
          personIds: [orgs.municipalityStaff.id, orgs.regionLeader.id, orgs.municipalityLeader.id],
          leadersOfUnitId: null,
        },
        details: { agreementKind: "citizen", version: 1 },
      },
    ]);

    await staff.agreements.signAgreement({
      caseId: created.caseId,
      expectedVersion: byCitizen.version,
      payload: { kind: "citizen", version: 1, signAs: "team" },
    });
    const signed = await load();
    // Every two weeks from the meeting on 2 March: due 16 March, not overdue on the 16th…
    expect(alertConditions(signed, new Date("2026-03-16T20:00:00Z"))).toEqual([]);
    // …overdue the day after, under a key naming the due day, the same on later days.
    const overdue = alertConditions(signed, new Date("2026-03-17T08:00:00Z"));
    expect(overdue.map((c) => [c.kind, c.dueAt.toISOString()])).toEqual([
      ["meeting.overdue", "2026-03-16T22:59:59.999Z"],
    ]);
    expect(alertConditions(signed, new Date("2026-03-30T08:00:00Z")).map((c) => c.key)).toEqual(
      overdue.map((c) => c.key),
    );
  });
});
