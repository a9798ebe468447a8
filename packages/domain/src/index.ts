export {
  type DeadlineState,
  type DeadlineStatus,
  type DeadlineStatusInput,
  deadlineStatus,
} from "./deadline/deadline-status";
export { firstMeetingDeadline } from "./deadline/first-meeting-deadline";
export { type Quarter, type QuarterNumber, quarterOf } from "./quarter/quarter-of";
export { DANISH_TIME_ZONE } from "./time/copenhagen";
export * from "./vocabulary";
