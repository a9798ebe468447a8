export {
  type CaseWithOpenAlerts,
  listCasesWithOpenAlerts,
  markAlertsDone,
  openAlertKeysOfCase,
} from "./alert-endings";
export { leadersOfUnits } from "./alert-recipients";
export {
  CITIZEN_DOCUMENT_SENT,
  type CitizenDocumentSent,
  type CitizenDocumentSource,
  citizenDocumentsSent,
  citizenRecipient,
  recordCitizenDocumentSent,
} from "./citizen-documents";
export {
  type DeadLetterRow,
  type DeadLetterSource,
  isAdministrator,
  listDeadLetters,
  type NewDeadLetter,
  type RetryRequest,
  recordDeadLetter,
  requestDeadLetterRetry,
  takeJobRetries,
} from "./dead-letters";
export type { NotificationHandle } from "./handle";
export {
  markNotificationsRead,
  type NotificationLanguage,
  notificationsFor,
  type PersonNotification,
  type PersonNotifications,
} from "./my-notifications";
export {
  deliverNextEmail,
  type EmailDeliveryOptions,
  type EmailDeliveryResult,
  type EmailOutcome,
  type PendingEmail,
} from "./pending-emails";
export {
  defaultNotificationPreferences,
  type NotificationPreferences,
  notificationPreferences,
  setNotificationPreferences,
} from "./preferences";
export {
  type NewNotification,
  type NotificationText,
  raiseNotifications,
} from "./raise-notifications";
export {
  caseStateForAlerts,
  listRunningCaseStates,
  type StoredCaseState,
} from "./running-case-states";
