export {
  type CaseSearchHit,
  type CaseSearchQuery,
  searchVisibleCases,
} from "./search-visible-cases";
