// R12 through the API: leaders record their review meeting with day/month/year dates.
import {
  createTestDatabase,
  seedTestOrganisations,
  type TestDatabase,
  type TestOrganisations,
  testDatabaseKinds,
} from "@samstemt/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor } from "./fixtures";

const now = new Date("2026-10-08T14:00:00Z");
const input = {
  quarter: "2026-Q3",
  heldOn: { day: "8", month: "10", year: "2026" },
  participantIds: [] as string[],
  supervisionDecision: "Fælles supervision fra januar",
  evaluationDecision: "Evaluering efter et år",
  otherDecisions: "",
  followUps: [
    {
      description: "Find supervisor",
      ownerName: "Hanne",
      dueOn: { day: 1, month: 12, year: 2026 },
    },
  ],
  closeFollowUpIds: [] as string[],
};

describe.each(testDatabaseKinds())("dashboard.reviewMeetings on %s", (kind) => {
  let db: TestDatabase;
  let orgs: TestOrganisations;
  let other: TestOrganisations;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    orgs = await seedTestOrganisations(db.prisma);
    other = await seedTestOrganisations(db.prisma);
  });
  afterAll(() => db?.destroy());

  it("records a meeting that the participants' leaders then see, with open follow-ups", async () => {
    const leader = await callerFor(db, orgs.regionLeader, now);
    const { meetingId } = await leader.dashboard.reviewMeetings.record({
      ...input,
      participantIds: [orgs.municipalityLeader.id],
    });
    const colleague = await callerFor(db, orgs.municipalityLeader, now);
    const meeting = await colleague.dashboard.reviewMeetings.get({ meetingId });
    expect(meeting).toMatchObject({ heldOn: "2026-10-08", quarter: "2026-Q3" });
    expect(meeting.followUps[0]).toMatchObject({ dueOn: "2026-12-01", ownerName: "Hanne" });
    const list = await colleague.dashboard.reviewMeetings.list();
    expect(list.openFollowUps.map((f) => f.description)).toEqual(["Find supervisor"]);
    expect(list.leaders.map((l) => l.personId)).toContain(orgs.regionLeader.id);
    const stranger = await callerFor(db, other.regionLeader, now);
    await expect(stranger.dashboard.reviewMeetings.get({ meetingId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("refuses a date that does not exist, missing decisions, staff and non-leader participants", async () => {
    const leader = await callerFor(db, orgs.regionLeader, now);
    await expect(
      leader.dashboard.reviewMeetings.record({
        ...input,
        heldOn: { day: 31, month: 2, year: 2026 },
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      leader.dashboard.reviewMeetings.record({ ...input, supervisionDecision: "  " }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      leader.dashboard.reviewMeetings.record({ ...input, participantIds: [orgs.regionStaff.id] }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "Kun ledere kan deltage i ledermødet.",
    });
    const staff = await callerFor(db, orgs.regionStaff, now);
    await expect(staff.dashboard.reviewMeetings.record(input)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
