import { type Quarter, type QuarterLabel, quarterLabel, quarterOf } from "@samstemt/domain";
import { z } from "zod";

/** A quarter as the dashboard's URL and API carry it: "2026-Q3" (text order is time order). */
export const QuarterLabelSchema = z
  .string()
  .regex(/^(19|20|21)\d\d-Q[1-4]$/, "Kvartal skrives som 2026-Q3")
  .transform((label) => label as QuarterLabel);

export function parseQuarter(label: QuarterLabel): Quarter {
  const [year, quarter] = label.split("-Q");
  return { year: Number(year), quarter: Number(quarter) as Quarter["quarter"] };
}

export function shiftQuarter(quarter: Quarter, by: number): Quarter {
  const index = quarter.year * 4 + (quarter.quarter - 1) + by;
  return { year: Math.floor(index / 4), quarter: ((index % 4) + 1) as Quarter["quarter"] };
}

/** `count` quarters ending with `last`, oldest first: the trend's x axis. */
export function quartersEnding(last: QuarterLabel, count: number): QuarterLabel[] {
  const end = parseQuarter(last);
  return Array.from({ length: count }, (_, i) => quarterLabel(shiftQuarter(end, i - count + 1)));
}

/** The Danish quarter a moment falls in (R12), as a label. */
export const currentQuarterLabel = (now: Date): QuarterLabel => quarterLabel(quarterOf(now));

/** The Danish wall-clock month a quarter starts and the one after it ends (for SQL). */
export function quarterMonths(label: QuarterLabel) {
  const start = parseQuarter(label);
  const next = shiftQuarter(start, 1);
  return {
    startYear: start.year,
    startMonth: (start.quarter - 1) * 3 + 1,
    endYear: next.year,
    endMonth: (next.quarter - 1) * 3 + 1,
  };
}
