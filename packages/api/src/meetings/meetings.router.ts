import { router } from "../trpc";
import { recordMeetingHeldProcedure } from "./record-meeting-held";
import { scheduleMeetingProcedure } from "./schedule-meeting";

/** R7–R9: collaboration and preparatory meetings, attendance and decision minutes. */
export const meetingsRouter = router({
  scheduleMeeting: scheduleMeetingProcedure,
  recordMeetingHeld: recordMeetingHeldProcedure,
});
