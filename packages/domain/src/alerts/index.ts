// Alerts: the conditions the reporting worker raises alerts for (R4, R9, R10, R11,
// R13), which of them have ended, and the Danish working days R13's reminder counts.
export {
  type AlertAudience,
  type AlertCondition,
  type AlertKind,
  alertConditions,
  alertKinds,
  CHANGE_NOTICE_WORKING_DAYS,
  CONSENT_WARNING_DAYS,
} from "./alert-conditions";
export { endedAlertKeys } from "./alert-endings";
export { addWorkingDays, type DayNumber, danishDay, isWorkingDay } from "./working-days";
