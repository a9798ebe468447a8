import {
  createTestCase,
  createTestDatabase,
  seedTestOrganisations,
  type TestDatabase,
  type TestOrganisations,
  testDatabaseKinds,
} from "@samstemt/db/testing";
import { type DomainErrorCode, domainErrors } from "@samstemt/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, errorOf } from "./fixtures";

// The impossible dates an outside probe had stored, sent as the JSON strings it sent: each
// is refused with 400 and the domain's Danish message, and nothing about the case changes.
const start = new Date("2026-01-05T09:00:00Z");
const now = new Date(start.getTime() + 3 * 86_400_000);

describe.each(testDatabaseKinds())("impossible dates through the API on %s", (kind) => {
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

  async function expectRefused(call: Promise<unknown>, code: DomainErrorCode) {
    const error = await errorOf(call);
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toBe(domainErrors[code].message.da);
  }

  it("refuses each with its Danish message and stores nothing", async () => {
    const staff = await callerFor(db, orgs.regionStaff, now);
    const envelope = () => ({ caseId, expectedVersion: version });
    const eventsBefore = await db.prisma.caseEvent.count({ where: { caseId } });

    for (const heldAt of ["0001-01-01T00:00:00.000Z", "1970-01-01T00:00:00.000Z"]) {
      await expectRefused(
        staff.meetings.recordMeetingHeld({
          ...envelope(),
          payload: {
            meetingId: crypto.randomUUID(),
            kind: "collaboration",
            heldAt,
            citizenPresent: true,
            decisionMinutes: "Referat",
          },
        }),
        "MEETING_HELD_BEFORE_INITIATIVE",
      );
    }
    await expectRefused(
      staff.meetings.scheduleMeeting({
        ...envelope(),
        payload: {
          meetingId: crypto.randomUUID(),
          kind: "collaboration",
          scheduledFor: "9999-12-31T09:00:00.000Z",
        },
      }),
      "MEETING_SCHEDULED_TOO_FAR_AHEAD",
    );
    for (const effectiveFrom of ["0001-01-01T00:00:00.000Z", "9999-12-31T00:00:00.000Z"]) {
      await expectRefused(
        staff.changeNotices.recordInterventionChange({
          ...envelope(),
          payload: { noticeId: crypto.randomUUID(), description: "Ny behandler", effectiveFrom },
        }),
        "CHANGE_EFFECTIVE_OUTSIDE_WINDOW",
      );
    }
    await expectRefused(
      staff.consent.recordConsent({
        ...envelope(),
        payload: {
          consentId: crypto.randomUUID(),
          method: "oral",
          organisationIds: [orgs.regionStaff.organisationId, orgs.municipalityStaff.organisationId],
          givenAt: "2026-01-06T00:00:00.000+01:00",
          expiresAt: "9999-12-31T23:59:59.999+01:00",
        },
      }),
      "CONSENT_EXPIRY_TOO_FAR_AHEAD",
    );

    expect(await db.prisma.caseEvent.count({ where: { caseId } })).toBe(eventsBefore);
    expect(await db.prisma.meeting.count({ where: { caseId } })).toBe(0);
    const row = await db.prisma.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(row.version).toBe(version);
    expect(row.firstMeetingHeldAt).toBeNull();
    const state = row.state as { changeNotices: unknown[]; consents: unknown[] };
    expect(state.changeNotices).toEqual([]);
    expect(state.consents).toEqual([]);
  });

  it("still records a meeting held on the initiative's own day", async () => {
    const staff = await callerFor(db, orgs.regionStaff, now);
    const result = await staff.meetings.recordMeetingHeld({
      caseId,
      expectedVersion: version,
      payload: {
        meetingId: crypto.randomUUID(),
        kind: "collaboration",
        heldAt: new Date("2026-01-05T07:00:00Z"),
        citizenPresent: true,
        decisionMinutes: "Referat",
      },
    });
    expect(result.events).toEqual(["MeetingHeld"]);
  });
});
