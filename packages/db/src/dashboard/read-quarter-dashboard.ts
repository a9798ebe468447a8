import type { QuarterLabel } from "@samstemt/domain";
import type { Database } from "../client/database";
import { prismaOf, type Transaction, withTransaction } from "../client/transaction";
import { Prisma } from "../generated/prisma/client";
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
 * Session settings for the dashboard's reads. No JIT: these aggregates are planned as costly
 * enough to JIT-compile, which then takes longer (0.1–1 s) than the query itself. work_mem:
 * the planner cannot know that the quarter query's GROUPING SETS make only hundreds of groups
 * and, within the default 4 MB, sorts 40,000 rows instead of hashing them (about 1.5× slower).
 */
export const DASHBOARD_READ_SETTINGS = { jit: "off", work_mem: "32MB" } as const;

/**
 * Runs the dashboard's reads in one read-only transaction with those settings, set in one
 * statement (a round trip fewer: on a busy server each waits for a core).
 */
export async function withDashboardReads<T>(
  database: Pick<Database, "prisma">,
  work: (tx: Transaction) => Promise<T>,
): Promise<T> {
  return withTransaction(database, async (tx) => {
    const settings = { transaction_read_only: "on", ...DASHBOARD_READ_SETTINGS };
    await prismaOf(tx).$executeRaw`SELECT ${Prisma.join(
      Object.entries(settings).map(
        ([name, value]) => Prisma.sql`set_config(${name}, ${value}, true)`,
      ),
    )}`;
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
