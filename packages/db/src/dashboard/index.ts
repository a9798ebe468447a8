// The leader dashboard (R12): figures aggregated in SQL over the per-case indicator rows.
export type { CurrentFiguresRow } from "./current-figures-query";
export {
  type DashboardCaseRow,
  type DashboardCasesInput,
  DRILL_DOWN_LIMIT,
  listDashboardCases,
} from "./dashboard-cases";
export {
  type DashboardScope,
  DashboardScopeSchema,
  scopedIndicatorFilterSql,
} from "./dashboard-scope";
export {
  type CurrentFigure,
  currentFigures,
  type DrillDownFigure,
  drillDownFigures,
  type QuarterFigure,
  quarterFigures,
} from "./figure-predicates";
export { isOwnScope, type LeaderScopes, leaderScopes } from "./leader-scopes";
export {
  type LeadTime,
  type LeadTimeFigure,
  leadTimes,
  type QuarterFiguresRow,
  quarterFiguresSql,
} from "./quarter-figures-query";
export {
  currentQuarterLabel,
  parseQuarter,
  QuarterLabelSchema,
  quartersEnding,
  shiftQuarter,
} from "./quarters";
export { CONSENT_LAPSE_HORIZON_DAYS, DEADLINE_HORIZON_DAYS } from "./query-frame";
export {
  type QuarterDashboard,
  readQuarterDashboard,
  TREND_QUARTERS,
} from "./read-quarter-dashboard";
export * from "./review-meetings/index";
