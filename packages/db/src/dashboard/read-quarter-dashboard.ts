import type { QuarterLabel } from "@samstemt/domain";
import { type DbHandle, prismaOf } from "../client/transaction";
import type { CaseViewer } from "../visibility/case-viewer";
import { closingReasonsSql } from "./closing-reasons-query";
import {
  type CurrentFiguresRow,
  currentFiguresFromRow,
  currentFiguresSql,
} from "./current-figures-query";
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

/** Every figure of the quarterly review (R12), computed in the database. */
export async function readQuarterDashboard(
  db: DbHandle,
  viewer: CaseViewer,
  input: { quarter: QuarterLabel; scope: DashboardScope; now: Date },
): Promise<QuarterDashboard> {
  const prisma = prismaOf(db);
  const quarters = quartersEnding(input.quarter, TREND_QUARTERS);
  const trendRows = await prisma.$queryRaw<Parameters<typeof quarterFiguresFromRows>[0]>(
    quarterFiguresSql(viewer, input.scope, quarters, input.now),
  );
  const [currentRow] = await prisma.$queryRaw<Record<string, number>[]>(
    currentFiguresSql(viewer, input.scope, input.now),
  );
  const closingReasons = await prisma.$queryRaw<{ reason: string; count: number }[]>(
    closingReasonsSql(viewer, input.scope, input.quarter),
  );
  return {
    quarter: input.quarter,
    trend: quarterFiguresFromRows(trendRows, quarters),
    current: currentFiguresFromRow(currentRow ?? {}),
    closingReasons: closingReasons.map((row) => ({ reason: row.reason, count: Number(row.count) })),
  };
}
