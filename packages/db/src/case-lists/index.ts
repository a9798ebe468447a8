export { listOpenInvitations, type OpenInvitationRow } from "./list-open-invitations";
export {
  type CaseDeadlineFacts,
  listVisibleCaseDeadlineFacts,
} from "./list-visible-case-deadline-facts";
export { listVisibleCases, type VisibleCaseRow } from "./list-visible-cases";
