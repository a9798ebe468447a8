import type { Quarter } from "../quarter/quarter-of";

/** A quarter written so text order is time order: "2026-Q1" < "2026-Q2" < "2027-Q1". */
export type QuarterLabel = `${number}-Q${1 | 2 | 3 | 4}`;

/** R12: the label the dashboard and exports group by, e.g. `{ year: 2026, quarter: 1 }` → "2026-Q1". */
export function quarterLabel(quarter: Quarter): QuarterLabel {
  return `${quarter.year}-Q${quarter.quarter}`;
}
