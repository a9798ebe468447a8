import type { QuarterLabel } from "@samstemt/domain";
import { Prisma } from "../generated/prisma/client";
import type { CaseViewer } from "../visibility/case-viewer";
import { type DashboardScope, scopedCasesSql } from "./dashboard-scope";
import { quarterPredicates } from "./figure-predicates";
import { quartersSql } from "./query-frame";

/** Cases closed in the quarter, by the reason given on closing. */
export function closingReasonsSql(
  viewer: CaseViewer,
  scope: DashboardScope,
  quarter: QuarterLabel,
) {
  return Prisma.sql`
    WITH scoped AS (${scopedCasesSql(viewer, scope)}), q AS (${quartersSql([quarter])})
    SELECT i."closing_reason" AS "reason", count(*)::int AS "count"
    FROM "case_indicator" i JOIN scoped s ON s."id" = i."case_id" CROSS JOIN q
    WHERE ${quarterPredicates.closed}
    GROUP BY i."closing_reason" ORDER BY count(*) DESC, i."closing_reason"`;
}
