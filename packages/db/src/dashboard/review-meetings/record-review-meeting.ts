import { writeAuditEntries } from "../../audit/write-audit-entries";
import type { Database } from "../../client/database";
import { prismaOf, withTransaction } from "../../client/transaction";
import type { CaseViewer } from "../../visibility/case-viewer";
import { listLeaders } from "./review-meeting-queries";
import { type RecordReviewMeetingInput, ReviewMeetingInputError } from "./review-meeting-types";

/**
 * R12: stores a leaders' review meeting — participants, decisions, new follow-ups, and the
 * earlier follow-ups it closed — with its audit entry, in one transaction.
 */
export async function recordReviewMeeting(
  database: Pick<Database, "prisma">,
  recorder: CaseViewer,
  input: RecordReviewMeetingInput,
  now: Date,
): Promise<{ meetingId: string }> {
  return withTransaction(database, async (tx) => {
    const prisma = prismaOf(tx);
    const leaders = new Map((await listLeaders(tx)).map((leader) => [leader.personId, leader]));
    const ids = [...new Set([recorder.personId, ...input.participantIds])];
    const unknown = ids.filter((id) => !leaders.has(id));
    if (unknown.length > 0) throw new ReviewMeetingInputError("participantIds", unknown);
    // Only follow-ups the recorder's organisation can see, and still open, can be closed.
    const closable = await prisma.reviewFollowUp.findMany({
      where: {
        id: { in: input.closeFollowUpIds },
        closedInMeetingId: null,
        meeting: { participants: { some: { organisationId: recorder.organisationId } } },
      },
      select: { id: true },
    });
    const notClosable = input.closeFollowUpIds.filter(
      (id) => !closable.some((row) => row.id === id),
    );
    if (notClosable.length > 0) throw new ReviewMeetingInputError("closeFollowUpIds", notClosable);

    const meeting = await prisma.reviewMeeting.create({
      data: {
        quarter: input.quarter,
        heldOn: input.heldOn,
        supervisionDecision: input.supervisionDecision,
        evaluationDecision: input.evaluationDecision,
        otherDecisions: input.otherDecisions,
        recordedById: recorder.personId,
        recordedAt: now,
        participants: {
          create: ids.map((id) => {
            const leader = leaders.get(id) as NonNullable<ReturnType<typeof leaders.get>>;
            return {
              personId: id,
              name: leader.name,
              organisationId: leader.organisationId,
              organisationName: leader.organisationName,
            };
          }),
        },
        followUps: { create: input.followUps },
      },
      select: { id: true },
    });
    if (input.closeFollowUpIds.length > 0) {
      await prisma.reviewFollowUp.updateMany({
        where: { id: { in: input.closeFollowUpIds } },
        data: { closedInMeetingId: meeting.id },
      });
    }
    await writeAuditEntries(tx, [
      {
        at: now,
        personId: recorder.personId,
        action: "review_meeting.record",
        citizenId: null,
        caseId: null,
        details: {
          meetingId: meeting.id,
          quarter: input.quarter,
          participants: ids.length,
          followUps: input.followUps.length,
          closedFollowUps: input.closeFollowUpIds.length,
        },
      },
    ]);
    return { meetingId: meeting.id };
  });
}
