import { describe, expect, it } from "vitest";
import {
  activeCase,
  at,
  contactPerson,
  ctx,
  expectError,
  expectOk,
  joinedCase,
  psychiatrist,
  regionLeader,
  T3,
} from "../../test/fixtures";
import {
  caseDeadlineStatus,
  caseNextMeetingDue,
  firstCollaborationMeetingHeldAt,
} from "../cases/case-queries";
import { nextMeetingDue } from "./next-meeting-due";
import type { RecordMeetingHeldCommand } from "./record-meeting-held";
import { recordMeetingHeld } from "./record-meeting-held";
import type { ScheduleMeetingCommand } from "./schedule-meeting";
import { scheduleMeeting } from "./schedule-meeting";

// Initiative 2025-03-03 → R9 deadline 2025-04-03 23:59:59.999 CEST.
const LATE = at("2025-04-05T10:00:00Z");

describe("R7/R8 scheduleMeeting", () => {
  it("R7: the coordinator convenes; R8: the citizen is invited to a collaboration meeting only", () => {
    const collaboration = expectOk(
      scheduleMeeting(
        activeCase(),
        { meetingId: "m1", kind: "collaboration", scheduledFor: at("2025-03-25T09:00:00Z") },
        ctx(contactPerson, T3),
      ),
    );
    expect(collaboration.state.meetings[0]).toMatchObject({
      status: "scheduled",
      citizenInvited: true,
      heldAt: null,
    });
    expect(collaboration.events[0]).toMatchObject({
      type: "MeetingScheduled",
      citizenInvited: true,
    });
    const preparatory = expectOk(
      scheduleMeeting(
        activeCase(),
        { meetingId: "m2", kind: "preparatory", scheduledFor: at("2025-03-24T09:00:00Z") },
        ctx(contactPerson, T3),
      ),
    );
    expect(preparatory.state.meetings[0]?.citizenInvited).toBe(false);
  });

  it("R7: only the coordinator schedules; not in the past; ids are unique", () => {
    const input: ScheduleMeetingCommand = {
      meetingId: "m1",
      kind: "collaboration",
      scheduledFor: at("2025-03-25T09:00:00Z"),
    };
    expect(
      expectError(scheduleMeeting(activeCase(), input, ctx(psychiatrist, T3)), "NOT_COORDINATOR")
        .rule,
    ).toBe("R7");
    expectError(
      scheduleMeeting(
        activeCase(),
        { ...input, scheduledFor: at("2025-03-01T09:00:00Z") },
        ctx(contactPerson, T3),
      ),
      "MEETING_SCHEDULED_IN_PAST",
    );
    const scheduled = expectOk(scheduleMeeting(activeCase(), input, ctx(contactPerson, T3))).state;
    expectError(scheduleMeeting(scheduled, input, ctx(contactPerson, T3)), "DUPLICATE_ID");
    expectError(scheduleMeeting(joinedCase(), input, ctx(contactPerson, T3)), "WRONG_CASE_STATUS");
  });
});

describe("R7 scheduleMeeting: place, video link and invited members", () => {
  const base: ScheduleMeetingCommand = {
    meetingId: "m1",
    kind: "collaboration",
    scheduledFor: at("2025-03-25T09:00:00Z"),
  };

  it("R7: records the place, the video link and the invited team members, each once", () => {
    const { state } = expectOk(
      scheduleMeeting(
        activeCase(),
        {
          ...base,
          place: "  Rådhuset, mødelokale 2 ",
          videoLink: "https://video.example.dk/m/123",
          invitedPersonIds: [psychiatrist.personId, contactPerson.personId, psychiatrist.personId],
        },
        ctx(contactPerson, T3),
      ),
    );
    expect(state.meetings[0]).toMatchObject({
      place: "Rådhuset, mødelokale 2",
      videoLink: "https://video.example.dk/m/123",
      invitedPersonIds: [psychiatrist.personId, contactPerson.personId],
      // R8: the citizen's invitation is as before, whoever else is invited.
      citizenInvited: true,
    });
  });

  it("R7: place, link and invitations are optional; blank is none", () => {
    const { state } = expectOk(
      scheduleMeeting(
        activeCase(),
        { ...base, place: "   ", videoLink: "" },
        ctx(contactPerson, T3),
      ),
    );
    expect(state.meetings[0]).toMatchObject({ place: null, videoLink: null, invitedPersonIds: [] });
  });

  it("R7: only current team members are invited", () => {
    expectError(
      scheduleMeeting(
        activeCase(),
        { ...base, invitedPersonIds: [regionLeader.personId] },
        ctx(contactPerson, T3),
      ),
      "MEMBER_NOT_IN_TEAM",
    );
  });

  it.each([
    "javascript:alert(1)",
    "file:///etc/passwd",
    "ftp://example.dk/x",
    "video.example.dk/m/1",
    "https://",
    "https://x.dk/\u202Eevil",
  ])("R7: refuses a video link that is not an http(s) address: %s", (videoLink) => {
    expectError(
      scheduleMeeting(activeCase(), { ...base, videoLink }, ctx(contactPerson, T3)),
      "INVALID_COMMAND",
    );
  });

  it("R7: refuses a place with a line break or control character", () => {
    for (const place of ["Rådhuset\nlokale 2", "Rådhuset\u0000"]) {
      expectError(
        scheduleMeeting(activeCase(), { ...base, place }, ctx(contactPerson, T3)),
        "INVALID_COMMAND",
      );
    }
  });

  it("R7: a held meeting keeps the plan's place, link and invitations", () => {
    const planned = expectOk(
      scheduleMeeting(
        activeCase(),
        { ...base, place: "Rådhuset", invitedPersonIds: [psychiatrist.personId] },
        ctx(contactPerson, T3),
      ),
    ).state;
    const held = expectOk(
      recordMeetingHeld(
        planned,
        {
          meetingId: "m1",
          kind: "collaboration",
          heldAt: at("2025-03-25T09:00:00Z"),
          citizenPresent: true,
          attendeePersonIds: [contactPerson.personId],
          decisionMinutes: null,
        },
        ctx(contactPerson, at("2025-03-25T12:00:00Z")),
      ),
    ).state;
    expect(held.meetings[0]).toMatchObject({
      status: "held",
      place: "Rådhuset",
      videoLink: null,
      invitedPersonIds: [psychiatrist.personId],
    });
    // R7: held somewhere else than planned — the record says where it really was.
    const moved = expectOk(
      recordMeetingHeld(
        planned,
        {
          meetingId: "m1",
          kind: "collaboration",
          heldAt: at("2025-03-25T09:00:00Z"),
          citizenPresent: true,
          decisionMinutes: null,
          place: " Borgerens hjem ",
        },
        ctx(contactPerson, at("2025-03-25T12:00:00Z")),
      ),
    ).state;
    expect(moved.meetings[0]).toMatchObject({
      place: "Borgerens hjem",
      invitedPersonIds: [psychiatrist.personId],
    });
  });
});

describe("R8/R9 recordMeetingHeld", () => {
  const held: RecordMeetingHeldCommand = {
    meetingId: "m1",
    kind: "collaboration",
    heldAt: at("2025-03-25T09:00:00Z"),
    citizenPresent: true,
  };

  it("R9: the first held collaboration meeting on time meets the deadline", () => {
    const { state, events } = expectOk(
      recordMeetingHeld(
        activeCase(),
        { ...held, decisionMinutes: "Aftalt plan" },
        ctx(psychiatrist, at("2025-03-26T09:00:00Z")),
      ),
    );
    expect(state.meetings[0]).toMatchObject({
      status: "held",
      citizenPresent: true,
      decisionMinutes: "Aftalt plan",
      scheduledFor: null,
    });
    expect(events[0]).toMatchObject({
      type: "MeetingHeld",
      firstCollaborationMeeting: true,
      deadlineState: "met",
    });
    expect(caseDeadlineStatus(state, at("2025-05-01T00:00:00Z")).state).toBe("met");
  });

  it("R9: a first collaboration meeting after the deadline misses it", () => {
    const { events } = expectOk(
      recordMeetingHeld(activeCase(), { ...held, heldAt: LATE }, ctx(psychiatrist, LATE)),
    );
    expect(events[0]).toMatchObject({ deadlineState: "missed" });
  });

  it("R8/R9: the citizen may be absent from a collaboration meeting, and it still counts", () => {
    const { state } = expectOk(
      recordMeetingHeld(activeCase(), { ...held, citizenPresent: false }, ctx(psychiatrist, LATE)),
    );
    expect(firstCollaborationMeetingHeldAt(state)).toEqual(held.heldAt);
  });

  it("R8/R9: a preparatory meeting is held without the citizen and does not meet the deadline", () => {
    const prep: RecordMeetingHeldCommand = { ...held, kind: "preparatory", citizenPresent: false };
    const { state, events } = expectOk(
      recordMeetingHeld(activeCase(), prep, ctx(psychiatrist, LATE)),
    );
    expect(events[0]).toMatchObject({ firstCollaborationMeeting: false, deadlineState: null });
    expect(caseDeadlineStatus(state, LATE).state).toBe("overdue");
    expect(
      expectError(
        recordMeetingHeld(activeCase(), { ...prep, citizenPresent: true }, ctx(psychiatrist, LATE)),
        "PREPARATORY_MEETING_WITH_CITIZEN",
      ).rule,
    ).toBe("R8");
  });

  it("R8: completes a scheduled meeting of the same kind, once", () => {
    const scheduled = expectOk(
      scheduleMeeting(
        activeCase(),
        { meetingId: "m1", kind: "collaboration", scheduledFor: at("2025-03-25T09:00:00Z") },
        ctx(contactPerson, T3),
      ),
    ).state;
    const done = expectOk(
      recordMeetingHeld(
        scheduled,
        { ...held, attendeePersonIds: ["a", "a", "b"] },
        ctx(psychiatrist, LATE),
      ),
    ).state;
    expect(done.meetings).toHaveLength(1);
    expect(done.meetings[0]).toMatchObject({
      status: "held",
      scheduledFor: at("2025-03-25T09:00:00Z"),
      attendeePersonIds: ["a", "b"],
    });
    expectError(recordMeetingHeld(done, held, ctx(psychiatrist, LATE)), "MEETING_ALREADY_HELD");
    expectError(
      recordMeetingHeld(
        scheduled,
        { ...held, kind: "preparatory", citizenPresent: false },
        ctx(psychiatrist, LATE),
      ),
      "MEETING_KIND_MISMATCH",
    );
  });

  it("R8: only team members record; never in the future", () => {
    expectError(
      recordMeetingHeld(activeCase(), held, ctx(regionLeader, LATE)),
      "NOT_A_TEAM_MEMBER",
    );
    expectError(
      recordMeetingHeld(activeCase(), held, ctx(psychiatrist, at("2025-03-25T08:59:59Z"))),
      "MEETING_HELD_IN_FUTURE",
    );
  });

  it("R9: only the earliest collaboration meeting is the first one", () => {
    const later = expectOk(
      recordMeetingHeld(
        activeCase(),
        { ...held, meetingId: "m2", heldAt: at("2025-03-28T09:00:00Z") },
        ctx(psychiatrist, LATE),
      ),
    ).state;
    const earlier = expectOk(recordMeetingHeld(later, held, ctx(psychiatrist, LATE)));
    expect(earlier.events[0]).toMatchObject({ firstCollaborationMeeting: true });
    const third = expectOk(
      recordMeetingHeld(
        earlier.state,
        { ...held, meetingId: "m3", heldAt: at("2025-03-30T09:00:00Z") },
        ctx(psychiatrist, LATE),
      ),
    );
    expect(third.events[0]).toMatchObject({
      firstCollaborationMeeting: false,
      deadlineState: null,
    });
    expect(firstCollaborationMeetingHeldAt(third.state)).toEqual(held.heldAt);
  });
});

describe("meeting frequency: nextMeetingDue", () => {
  const initiativeAt = at("2025-03-03T09:00:00Z");

  it("R9: until a collaboration meeting is held, the first-meeting deadline is what is due", () => {
    const due = nextMeetingDue(
      {
        initiativeAt,
        frequency: { every: 2, unit: "week" },
        meetingsHeld: [{ kind: "preparatory", heldAt: at("2025-03-20T09:00:00Z") }],
      },
      at("2025-04-04T10:00:00Z"),
    );
    expect(due).toEqual({
      basis: "first_meeting_deadline",
      due: at("2025-04-03T21:59:59.999Z"),
      overdue: true,
      daysLeft: -1,
      lastHeldAt: at("2025-03-20T09:00:00Z"),
    });
  });

  it("counts the agreed interval in weeks from the last meeting of either kind", () => {
    const due = nextMeetingDue(
      {
        initiativeAt,
        frequency: { every: 2, unit: "week" },
        meetingsHeld: [
          { kind: "preparatory", heldAt: at("2025-04-01T08:00:00Z") },
          { kind: "collaboration", heldAt: at("2025-03-25T08:00:00Z") },
        ],
      },
      at("2025-04-10T10:00:00Z"),
    );
    expect(due).toMatchObject({
      basis: "agreed_frequency",
      due: at("2025-04-15T21:59:59.999Z"),
      overdue: false,
      daysLeft: 5,
    });
  });

  it("counts months like R9 (clamped to the month's last day) and reports overdue", () => {
    const due = nextMeetingDue(
      {
        initiativeAt,
        frequency: { every: 1, unit: "month" },
        meetingsHeld: [{ kind: "collaboration", heldAt: at("2025-01-31T10:00:00Z") }],
      },
      at("2025-03-01T10:00:00Z"),
    );
    expect(due).toMatchObject({ due: at("2025-02-28T22:59:59.999Z"), overdue: true, daysLeft: -1 });
  });

  it("without an agreed frequency, nothing is due after the first meeting", () => {
    expect(
      nextMeetingDue(
        {
          initiativeAt,
          frequency: null,
          meetingsHeld: [{ kind: "collaboration", heldAt: at("2025-03-25T08:00:00Z") }],
        },
        T3,
      ),
    ).toEqual({
      basis: "no_agreed_frequency",
      due: null,
      overdue: false,
      daysLeft: null,
      lastHeldAt: at("2025-03-25T08:00:00Z"),
    });
  });

  it("for a case, uses the meetings held", () => {
    const state = expectOk(
      recordMeetingHeld(
        activeCase(),
        { meetingId: "m1", kind: "collaboration", heldAt: T3, citizenPresent: true },
        ctx(psychiatrist, T3),
      ),
    ).state;
    expect(caseNextMeetingDue(state, T3).basis).toBe("no_agreed_frequency");
  });
});
