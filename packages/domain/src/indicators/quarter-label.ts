import type { Quarter } from "../quarter/quarter-of";

/** A quarter written so text order is time order: "2026-Q1" < "2026-Q2" < "2027-Q1". */
export type QuarterLabel = `${number}-Q${1 | 2 | 3 | 4}`;

/** R12: the label the dashboard and exports group by, e.g. `{ year: 2026, quarter: 1 }` → "2026-Q1". */
export function quarterLabel(quarter: Quarter): QuarterLabel {
  return `${quarter.year}-Q${quarter.quarter}`;
}

const labelPattern = /^(\d{4})-Q([1-4])$/;

/**
 * How a quarter reads to people, from its machine label ("2026-Q4", which stays in addresses,
 * data and files): Danish "4. kvartal 2026", or "4. kvt. 2026" where room is short (chart
 * axes, table heads); English "Q4 2026". Anything that is not a quarter label is returned as
 * it came, so a screen never shows less than it was given.
 */
export function quarterDisplayName(
  label: string,
  language: "da" | "en" = "da",
  length: "long" | "short" = "long",
): string {
  const match = labelPattern.exec(label);
  if (!match) return label;
  const [, year, quarter] = match;
  if (language === "en") return `Q${quarter} ${year}`;
  return length === "short" ? `${quarter}. kvt. ${year}` : `${quarter}. kvartal ${year}`;
}
