import { createContext, useContext } from "react";
import type { CaseDetail } from "./case-types";

/**
 * The case as the frame of the case page loaded it, for the part of the page shown under it:
 * one query per case, whichever part is open.
 */
export const CaseDetailContext = createContext<CaseDetail | null>(null);

export function useCaseDetail(): CaseDetail {
  const detail = useContext(CaseDetailContext);
  if (!detail) throw new Error("useCaseDetail outside the case page");
  return detail;
}
