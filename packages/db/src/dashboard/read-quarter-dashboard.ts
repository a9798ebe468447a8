import type { QuarterLabel } from "@samstemt/domain";
import type { Database } from "../client/database";
import { prismaOf, type Transaction, withTransaction } from "../client/transaction";
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
 * Runs the dashboard's reads in one read-only transaction without PostgreSQL's JIT: these
 * aggregates are planned as costly enough to JIT-compile, which then takes longer (0.1–1 s)
 * than the query itself (tens of milliseconds at 40,000 cases). One snapshot for all three.
 */
export async function withDashboardReads<T>(
  database: Pick<Database, "prisma">,
  work: (tx: Transaction) => Promise<T>,
): Promise<T> {
  return withTransaction(database, async (tx) => {
    await prismaOf(tx).$executeRaw`SET TRANSACTION READ ONLY`;
    await prismaOf(tx).$executeRaw`SET LOCAL jit = off`;
    return work(tx);
  });
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
  const rows = await withDashboardReads(database, (tx) =>
    prismaOf(tx).$queryRaw<QuarterQueryRow[]>(
      quarterFiguresSql(viewer, input.scope, quarters, input.now),
    ),
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
