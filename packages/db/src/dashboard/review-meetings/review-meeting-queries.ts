import { type DbHandle, prismaOf } from "../../client/transaction";
import type { CaseViewer } from "../../visibility/case-viewer";
import type { ReviewFollowUpRow, ReviewMeetingRecord } from "./review-meeting-types";

/** R12: a leader sees the review meetings their organisation took part in. */
const visibleTo = (viewer: CaseViewer) => ({
  participants: { some: { organisationId: viewer.role === "leader" ? viewer.organisationId : "" } },
});

const include = {
  participants: { orderBy: [{ organisationName: "asc" as const }, { name: "asc" as const }] },
  followUps: { orderBy: [{ dueOn: "asc" as const }, { description: "asc" as const }] },
  followUpsClosed: { orderBy: [{ dueOn: "asc" as const }, { description: "asc" as const }] },
};

/** The review meetings the leader may see, newest first. */
export async function listReviewMeetings(
  db: DbHandle,
  viewer: CaseViewer,
): Promise<ReviewMeetingRecord[]> {
  return prismaOf(db).reviewMeeting.findMany({
    where: visibleTo(viewer),
    orderBy: [{ heldOn: "desc" }, { recordedAt: "desc" }],
    include,
  });
}

/** One review meeting, or null when it does not exist or the leader may not see it. */
export async function findReviewMeeting(
  db: DbHandle,
  viewer: CaseViewer,
  meetingId: string,
): Promise<ReviewMeetingRecord | null> {
  return prismaOf(db).reviewMeeting.findFirst({
    where: { AND: [{ id: meetingId }, visibleTo(viewer)] },
    include,
  });
}

/**
 * Follow-ups still open from the meetings the leader may see, earliest due first: they head
 * the next meeting's record (R12).
 */
export async function listOpenFollowUps(
  db: DbHandle,
  viewer: CaseViewer,
): Promise<(ReviewFollowUpRow & { agreedOn: string })[]> {
  const rows = await prismaOf(db).reviewFollowUp.findMany({
    where: { closedInMeetingId: null, meeting: visibleTo(viewer) },
    orderBy: [{ dueOn: "asc" }, { description: "asc" }],
    include: { meeting: { select: { heldOn: true } } },
  });
  return rows.map(({ meeting, ...row }) => ({ ...row, agreedOn: meeting.heldOn }));
}

/** Leaders a meeting record can name as taking part, with their organisations. */
export async function listLeaders(db: DbHandle) {
  const rows = await prismaOf(db).person.findMany({
    where: { role: "leader" },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      unit: { select: { name: true, organisation: { select: { id: true, name: true } } } },
    },
  });
  return rows.map((row) => ({
    personId: row.id,
    name: row.name,
    unitName: row.unit.name,
    organisationId: row.unit.organisation.id,
    organisationName: row.unit.organisation.name,
  }));
}
