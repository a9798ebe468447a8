// R12: the leaders' review meeting record.
export { recordReviewMeeting } from "./record-review-meeting";
export {
  findReviewMeeting,
  listLeaders,
  listOpenFollowUps,
  listReviewMeetings,
} from "./review-meeting-queries";
export {
  type IsoDate,
  type RecordReviewMeetingInput,
  type ReviewFollowUpRow,
  ReviewMeetingInputError,
  type ReviewMeetingRecord,
} from "./review-meeting-types";
