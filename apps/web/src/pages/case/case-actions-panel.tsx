import type { CaseDetail } from "./case-types";

/** What the viewer can do on the case now (filled in step by step). */
export function CaseActionsPanel(_props: { detail: CaseDetail }) {
  return null;
}
