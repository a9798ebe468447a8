export { listVisibleCaseStates } from "./list-visible-case-states";
