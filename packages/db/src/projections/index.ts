export {
  projectStoredCases,
  refreshCaseProjections,
  rewriteProjections,
  type StoredCaseRow,
} from "./project-stored-cases";
export {
  refreshTimeDependentProjections,
  type TimeDependentRefresh,
} from "./refresh-time-dependent";
export { type ReprojectOptions, reprojectCases } from "./reproject";
export { type ProjectedCase, projectCase, writeCaseProjections } from "./write-projections";
