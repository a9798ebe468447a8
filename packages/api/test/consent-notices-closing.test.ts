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

// Issue 9: consent (R4), change notices (R13) and closing through the staff app's
// procedures and reads, on PGlite and PostgreSQL, as the people who use them.
const start = new Date("2026-01-05T09:00:00Z");
const day = (n: number) => new Date(start.getTime() + n * 86_400_000);

describe.each(testDatabaseKinds())("consent, change notices and closing on %s", (kind) => {
  let db: TestDatabase;
  let orgs: TestOrganisations;
  /** A third organisation on the case, which the consent does not name. */
  let third: TestOrganisations;
  let caseId: string;
  let version: number;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    orgs = await seedTestOrganisations(db.prisma);
    third = await seedTestOrganisations(db.prisma);
    const created = await createTestCase(db.prisma, {
      initiator: orgs.regionStaff,
      initiativeAt: start,
      endorsedBy: orgs.regionLeader,
      activation: {
        leaders: [orgs.regionLeader, orgs.municipalityLeader, third.regionLeader],
        members: [orgs.regionStaff, orgs.municipalityStaff, third.regionStaff],
        coordinator: orgs.regionStaff,
      },
    });
    caseId = created.caseId;
    version = created.state.version;
  });
  afterAll(async () => {
    await db?.destroy();
  });

  const as = (person: TestPerson, at: Date) => callerFor(db, person, at);
  const taskKinds = async (person: TestPerson, at: Date) =>
    (await (await as(person, at)).tasks.mine()).caseTasks
      .filter((task) => task.caseId === caseId)
      .map((task) => task.kind);

  it("R4: consent for two organisations — each organisation's flow and why not, the third sees the reduced view", async () => {
    const before = await (await as(orgs.regionStaff, day(3))).cases.get({ caseId });
    expect(before.actions.recordConsent).toBe(true);
    expect(before.consentStatus.map((s) => s.reason)).toEqual([
      "no_consent",
      "no_consent",
      "no_consent",
    ]);
    const staff = await as(orgs.regionStaff, day(3));
    version = (
      await staff.consent.recordConsent({
        caseId,
        expectedVersion: version,
        payload: {
          consentId: crypto.randomUUID(),
          method: "written",
          purpose: "other",
          givenBy: { kind: "representative", name: "Værge Jensen", relation: "værge" },
          organisationIds: [orgs.regionStaff.organisationId, orgs.municipalityStaff.organisationId],
          givenAt: day(2),
        },
      })
    ).version;
    const seen = await (await as(orgs.municipalityStaff, day(3))).cases.get({ caseId });
    const byOrg = new Map(seen.consentStatus.map((s) => [s.organisationId, s]));
    expect(byOrg.get(orgs.regionStaff.organisationId)).toMatchObject({
      mayReceive: true,
      sharesWith: [orgs.municipalityStaff.organisationId],
    });
    expect(byOrg.get(third.regionStaff.organisationId)).toMatchObject({
      mayReceive: false,
      reason: "not_named",
    });
    expect(seen.view.consents[0]?.details.shown).toBe(true);
    // The third organisation's member sees that a consent exists, not what it says (R4).
    const outside = await (await as(third.regionStaff, day(3))).cases.get({ caseId });
    expect(outside.view.consents[0]?.details.shown).toBe(false);
    expect(outside.view.initiative.reasons.shown).toBe(false);
    expect(outside.view.withheld.length).toBeGreaterThan(0);
    // R4: a written consent for other purposes lapses after a year — warned 30 days before.
    expect(seen.consentsLapsingSoon).toEqual([]);
    expect(await taskKinds(orgs.regionStaff, day(330))).not.toContain("consent_lapsing");
    expect(await taskKinds(orgs.regionStaff, day(340))).toContain("consent_lapsing");
    const late = await (await as(orgs.regionStaff, day(340))).cases.get({ caseId });
    expect(late.consentsLapsingSoon).toHaveLength(1);
  });

  it("R4: withdrawal stops the flow and says so; someone outside the case cannot record one", async () => {
    const outsider = (await seedTestOrganisations(db.prisma)).regionLeader;
    const detail = await (await as(orgs.municipalityStaff, day(4))).cases.get({ caseId });
    const consentId = detail.actions.withdrawConsentIds[0] as string;
    expect(
      await codeOf(
        (await as(outsider, day(4))).consent.withdrawConsent({
          caseId,
          expectedVersion: version,
          payload: { consentId },
        }),
      ),
    ).toBe("NOT_FOUND");
    version = (
      await (
        await as(orgs.municipalityStaff, day(4))
      ).consent.withdrawConsent({
        caseId,
        expectedVersion: version,
        payload: { consentId },
      })
    ).version;
    const after = await (await as(orgs.regionStaff, day(4))).cases.get({ caseId });
    expect(after.consentStatus.map((s) => s.reason)).toEqual([
      "withdrawn",
      "withdrawn",
      "not_named",
    ]);
    expect(after.actions.withdrawConsentIds).toEqual([]);
  });

  it("R13: a change notice reaches every other member's tasks until each acknowledges it", async () => {
    const noticeId = crypto.randomUUID();
    version = (
      await (
        await as(orgs.municipalityStaff, day(5))
      ).changeNotices.recordInterventionChange({
        caseId,
        expectedVersion: version,
        payload: {
          noticeId,
          description: "Bostøtten går fra 3 til 2 besøg om ugen.",
          effectiveFrom: day(10),
        },
      })
    ).version;
    expect(await taskKinds(orgs.regionStaff, day(6))).toContain("acknowledge_change_notice");
    expect(await taskKinds(third.regionStaff, day(6))).toContain("acknowledge_change_notice");
    expect(await taskKinds(orgs.municipalityStaff, day(6))).not.toContain(
      "acknowledge_change_notice",
    );
    const coordinator = await as(orgs.regionStaff, day(6));
    expect((await coordinator.cases.get({ caseId })).actions.acknowledgeNoticeIds).toEqual([
      noticeId,
    ]);
    version = (
      await coordinator.changeNotices.acknowledgeChangeNotice({
        caseId,
        expectedVersion: version,
        payload: { noticeId },
      })
    ).version;
    expect(await taskKinds(orgs.regionStaff, day(6))).not.toContain("acknowledge_change_notice");
    const notice = (await coordinator.cases.get({ caseId })).view.changeNotices[0];
    const waiting = notice?.recipients.filter((r) => r.acknowledgedAt === null);
    expect(waiting?.map((r) => r.personId)).toEqual([third.regionStaff.id]);
    version = (
      await (
        await as(third.regionStaff, day(7))
      ).changeNotices.acknowledgeChangeNotice({
        caseId,
        expectedVersion: version,
        payload: { noticeId },
      })
    ).version;
    expect(await taskKinds(third.regionStaff, day(7))).not.toContain("acknowledge_change_notice");
  });

  it("closing: only a leader or the coordinator is offered it; a closed case is read-only and still listed and found", async () => {
    // A member who is neither a leader nor the coordinator is not offered it; the coordinator is.
    expect(
      (await (await as(third.regionStaff, day(8))).cases.get({ caseId })).actions.closeCase,
    ).toBe(false);
    expect(
      (await (await as(orgs.regionStaff, day(8))).cases.get({ caseId })).actions.closeCase,
    ).toBe(true);
    const leader = await as(orgs.municipalityLeader, day(8));
    expect((await leader.cases.get({ caseId })).actions.closeCase).toBe(true);
    expect(
      await codeOf(
        leader.closing.closeCase({
          caseId,
          expectedVersion: version,
          payload: { reason: "other", note: null },
        }),
      ),
    ).toBe("BAD_REQUEST");
    version = (
      await leader.closing.closeCase({
        caseId,
        expectedVersion: version,
        payload: { reason: "citizen_moved", note: null },
      })
    ).version;
    const closed = await (await as(orgs.regionStaff, day(9))).cases.get({ caseId });
    expect(closed.view.status).toBe("closed");
    // The consent was withdrawn: the reason reaches the closing leader's own organisation only (R4).
    expect(closed.view.closure?.details.shown).toBe(false);
    const own = await (await as(orgs.municipalityStaff, day(9))).cases.get({ caseId });
    expect(own.view.closure?.details).toMatchObject({
      shown: true,
      content: { reason: "citizen_moved" },
    });
    expect(closed.actions).toMatchObject({
      recordConsent: false,
      recordChangeNotice: false,
      recordMeeting: false,
      closeCase: false,
      manageTeam: false,
    });
    const staff = await as(orgs.regionStaff, day(9));
    expect((await staff.cases.mine()).find((row) => row.id === caseId)?.status).toBe("closed");
    const name = closed.view.citizen.name;
    expect((await staff.search.cases({ query: name })).some((r) => r.caseId === caseId)).toBe(true);
  });
});
