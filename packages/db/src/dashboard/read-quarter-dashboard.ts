import type { QuarterLabel } from "@samstemt/domain";
import type { Database } from "../client/database";
import type { CaseViewer } from "../visibility/case-viewer";
import { type CurrentFiguresRow, currentFiguresFromRow } from "./current-figures-query";
import type { DashboardScope } from "./dashboard-scope";
import {
  type QuarterFiguresRow,
  quarterFiguresFromRows,
  quarterFiguresSql,
} from "./quarter-figures-query";
import { quartersEnding } from "./quarters";

/** The trend covers this many quarters, the chosen one last. */
export const TREND_QUARTERS = 8;

export interface QuarterDashboard {
  quarter: QuarterLabel;
  /** Oldest first; the last is the chosen quarter, the one before it "last quarter". */
  trend: QuarterFiguresRow[];
  current: CurrentFiguresRow;
  closingReasons: { reason: string; count: number }[];
}

/**
 * Every figure of the quarterly review (R12), computed in the database in one statement:
 * eight quarters of figures, the gaps now, the chosen quarter's closing reasons.
 */
export async function readQuarterDashboard(
  database: Pick<Database, "prisma">,
  viewer: CaseViewer,
  input: { quarter: QuarterLabel; scope: DashboardScope; now: Date },
): Promise<QuarterDashboard> {
  const quarters = quartersEnding(input.quarter, TREND_QUARTERS);
  // One statement, one round trip: the session settings it needs (no JIT, work_mem) are
  // every session's (client/session-settings.ts).
  const rows = await database.prisma.$queryRaw<QuarterQueryRow[]>(
    quarterFiguresSql(viewer, input.scope, quarters, input.now),
  );
  const first = rows[0];
  return {
    quarter: input.quarter,
    trend: quarterFiguresFromRows(rows, quarters),
    current: currentFiguresFromRow(first?.current ?? {}),
    closingReasons: (first?.closing_reasons ?? []).map((row) => ({
      reason: row.reason,
      count: Number(row.count),
    })),
  };
}

type QuarterQueryRow = Parameters<typeof quarterFiguresFromRows>[0][number] & {
  current: Record<string, number>;
  closing_reasons: { reason: string; count: number }[];
};
