export type { CaseViewer } from "./case-viewer";
export { isCaseVisibleTo } from "./is-case-visible";
