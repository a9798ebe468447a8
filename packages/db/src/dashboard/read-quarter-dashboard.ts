import type { QuarterLabel } from "@samstemt/domain";
import type { Database } from "../client/database";
import { prismaOf, type Transaction, withTransaction } from "../client/transaction";
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

/** The quarter query alone (what the bench measures), run as the dashboard runs it. */
export async function queryQuarterFigures(
  database: Pick<Database, "prisma">,
  viewer: CaseViewer,
  input: { quarters: readonly QuarterLabel[]; scope: DashboardScope; now: Date },
) {
  return withDashboardReads(database, async (tx) =>
    quarterFiguresFromRows(
      await prismaOf(tx).$queryRaw<Parameters<typeof quarterFiguresFromRows>[0]>(
        quarterFiguresSql(viewer, input.scope, input.quarters, input.now),
      ),
      input.quarters,
    ),
  );
}

/** Every figure of the quarterly review (R12), computed in the database. */
export async function readQuarterDashboard(
  database: Pick<Database, "prisma">,
  viewer: CaseViewer,
  input: { quarter: QuarterLabel; scope: DashboardScope; now: Date },
): Promise<QuarterDashboard> {
  return withDashboardReads(database, (tx) => readAll(tx, viewer, input));
}

async function readAll(
  tx: Transaction,
  viewer: CaseViewer,
  input: { quarter: QuarterLabel; scope: DashboardScope; now: Date },
): Promise<QuarterDashboard> {
  const prisma = prismaOf(tx);
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
