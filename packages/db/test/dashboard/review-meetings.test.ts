// R12: the leaders' review meeting record — stored with its audit entry in one transaction,
// seen by the leaders of the organisations taking part, open follow-ups carried forward.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  findReviewMeeting,
  listOpenFollowUps,
  listReviewMeetings,
  ReviewMeetingInputError,
  recordReviewMeeting,
} from "../../src/dashboard/index";
import {
  createTestDatabase,
  seedTestOrganisations,
  type TestDatabase,
  type TestOrganisations,
  type TestPerson,
  testDatabaseKinds,
} from "../../src/testing";

const viewerOf = (person: TestPerson) => ({
  personId: person.id,
  role: person.role,
  unitId: person.unitId,
  organisationId: person.organisationId,
});

const base = {
  quarter: "2026-Q3",
  heldOn: "2026-10-08",
  supervisionDecision: "Fælles supervision for teamet i Holstebro fra januar.",
  evaluationDecision: "Evaluering af modellen efter 2. kvartal 2027.",
  otherDecisions: "",
  closeFollowUpIds: [] as string[],
};

describe.each(testDatabaseKinds())("R12 review meetings on %s", (kind) => {
  let db: TestDatabase;
  let orgs: TestOrganisations;
  let other: TestOrganisations;
  let firstId: string;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    orgs = await seedTestOrganisations(db.prisma);
    other = await seedTestOrganisations(db.prisma);
  });
  afterAll(() => db?.destroy());

  it("stores participants, decisions and follow-ups, with an audit entry", async () => {
    const now = new Date("2026-10-08T14:00:00Z");
    ({ meetingId: firstId } = await recordReviewMeeting(
      db,
      viewerOf(orgs.regionLeader),
      {
        ...base,
        participantIds: [orgs.municipalityLeader.id],
        followUps: [
          { description: "Find supervisor", ownerName: "Hanne Kjær", dueOn: "2026-12-01" },
          { description: "Tal om frister", ownerName: "Lene Dahl", dueOn: "2026-11-15" },
        ],
      },
      now,
    ));
    const meeting = await findReviewMeeting(db, viewerOf(orgs.municipalityLeader), firstId);
    expect(meeting).toMatchObject({ quarter: "2026-Q3", heldOn: "2026-10-08", recordedAt: now });
    expect(meeting?.participants.map((p) => p.personId).sort()).toEqual(
      [orgs.regionLeader.id, orgs.municipalityLeader.id].sort(),
    );
    expect(meeting?.followUps.map((f) => f.dueOn)).toEqual(["2026-11-15", "2026-12-01"]);
    const audit = await db.prisma.auditEntry.findMany({
      where: { action: "review_meeting.record" },
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ personId: orgs.regionLeader.id, citizenId: null });
  });

  it("is seen only by leaders of the organisations that took part", async () => {
    expect(await findReviewMeeting(db, viewerOf(other.regionLeader), firstId)).toBeNull();
    expect(await listReviewMeetings(db, viewerOf(other.regionLeader))).toEqual([]);
    expect(await findReviewMeeting(db, viewerOf(orgs.regionStaff), firstId)).toBeNull();
    expect(await listReviewMeetings(db, viewerOf(orgs.municipalityLeader))).toHaveLength(1);
  });

  it("carries open follow-ups to the next meeting, which closes what was done", async () => {
    const open = await listOpenFollowUps(db, viewerOf(orgs.municipalityLeader));
    expect(open.map((f) => f.description)).toEqual(["Tal om frister", "Find supervisor"]);
    expect(open[0]?.agreedOn).toBe("2026-10-08");
    expect(await listOpenFollowUps(db, viewerOf(other.regionLeader))).toEqual([]);
    const done = open[0]?.id as string;
    const { meetingId } = await recordReviewMeeting(
      db,
      viewerOf(orgs.municipalityLeader),
      {
        ...base,
        heldOn: "2027-01-12",
        quarter: "2026-Q4",
        participantIds: [],
        followUps: [],
        closeFollowUpIds: [done],
      },
      new Date("2027-01-12T14:00:00Z"),
    );
    const second = await findReviewMeeting(db, viewerOf(orgs.municipalityLeader), meetingId);
    expect(second?.followUpsClosed.map((f) => f.id)).toEqual([done]);
    expect(
      (await listOpenFollowUps(db, viewerOf(orgs.regionLeader))).map((f) => f.description),
    ).toEqual(["Find supervisor"]);
    // Newest first.
    expect(
      (await listReviewMeetings(db, viewerOf(orgs.municipalityLeader))).map((m) => m.heldOn),
    ).toEqual(["2027-01-12", "2026-10-08"]);
  });

  it("stores nothing when a participant is no leader or a follow-up is not the recorder's to close", async () => {
    const before = await db.prisma.reviewMeeting.count();
    const audits = await db.prisma.auditEntry.count();
    await expect(
      recordReviewMeeting(
        db,
        viewerOf(orgs.regionLeader),
        { ...base, participantIds: [orgs.regionStaff.id], followUps: [] },
        new Date(),
      ),
    ).rejects.toBeInstanceOf(ReviewMeetingInputError);
    const foreign = await recordReviewMeeting(
      db,
      viewerOf(other.regionLeader),
      {
        ...base,
        participantIds: [],
        followUps: [{ description: "x", ownerName: "y", dueOn: "2027-01-01" }],
      },
      new Date(),
    );
    const foreignFollowUp = (
      await findReviewMeeting(db, viewerOf(other.regionLeader), foreign.meetingId)
    )?.followUps[0]?.id as string;
    await expect(
      recordReviewMeeting(
        db,
        viewerOf(orgs.regionLeader),
        {
          ...base,
          participantIds: [],
          followUps: [{ description: "z", ownerName: "w", dueOn: "2027-01-01" }],
          closeFollowUpIds: [foreignFollowUp],
        },
        new Date(),
      ),
    ).rejects.toMatchObject({ field: "closeFollowUpIds" });
    expect(await db.prisma.reviewMeeting.count()).toBe(before + 1);
    expect(await db.prisma.auditEntry.count()).toBe(audits + 1);
  });
});
