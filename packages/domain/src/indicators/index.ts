// Per-case indicators the leader dashboard (R12) and the exports aggregate in SQL.
export {
  type AgreementIndicators,
  type CaseIndicators,
  caseIndicators,
  timeDependentIndicators,
} from "./case-indicators";
export { type MeetingsExpectedInput, meetingsExpected } from "./meetings-expected";
export { type QuarterLabel, quarterLabel } from "./quarter-label";
