import {
  findReviewMeeting,
  listLeaders,
  listOpenFollowUps,
  listReviewMeetings,
  ReviewMeetingInputError,
  recordReviewMeeting,
} from "@samstemt/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { leaderProcedure, router } from "../../trpc";
import { RecordIdSchema, RecordReviewMeetingInputSchema } from "./record-review-meeting-input";

/** R12: the meetings the leader's organisation took part in, what is still open, who can take part. */
const list = leaderProcedure.query(async ({ ctx }) => ({
  meetings: await listReviewMeetings(ctx.db, ctx.actor),
  openFollowUps: await listOpenFollowUps(ctx.db, ctx.actor),
  leaders: await listLeaders(ctx.db),
}));

/** One meeting for its printed record; not found when the leader's organisation was not there. */
const get = leaderProcedure
  .input(z.strictObject({ meetingId: RecordIdSchema }))
  .query(async ({ ctx, input }) => {
    const meeting = await findReviewMeeting(ctx.db, ctx.actor, input.meetingId);
    if (!meeting) throw new TRPCError({ code: "NOT_FOUND", message: "Mødet findes ikke." });
    return meeting;
  });

/** Records a review meeting (stored and audited in one transaction by packages/db). */
const record = leaderProcedure
  .input(RecordReviewMeetingInputSchema)
  .mutation(async ({ ctx, input }) => {
    try {
      return await recordReviewMeeting(ctx.db, ctx.actor, input, ctx.now());
    } catch (error) {
      if (error instanceof ReviewMeetingInputError) {
        throw new TRPCError({
          code: "BAD_REQUEST",
          message:
            error.field === "participantIds"
              ? "Kun ledere kan deltage i ledermødet."
              : "En opfølgning er allerede lukket eller hører ikke til jeres møder.",
          cause: error,
        });
      }
      throw error;
    }
  });

export const reviewMeetingsRouter = router({ list, get, record });
