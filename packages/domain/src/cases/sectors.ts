import type { Sector } from "../vocabulary";
import type { CaseState } from "./case-state";

/** R6: cross-sectoral means organisations from at least two different sectors. */
export const MINIMUM_SECTORS = 2;

export function participatingSectors(state: CaseState): Sector[] {
  return [...new Set(state.organisations.map((organisation) => organisation.sector))];
}
