import type { CaseStatus, QuarterLabel } from "@samstemt/domain";
import { type DbHandle, prismaOf } from "../client/transaction";
import { Prisma } from "../generated/prisma/client";
import type { CaseViewer } from "../visibility/case-viewer";
import { type DashboardScope, scopedIndicatorFilterSql } from "./dashboard-scope";
import { type DrillDownFigure, drillDownPredicate } from "./figure-predicates";
import { nowSql, quartersSql } from "./query-frame";

/** At most this many cases behind one figure are listed; the count says how many there are. */
export const DRILL_DOWN_LIMIT = 500;

export interface DashboardCaseRow {
  caseId: string;
  citizenId: string;
  citizenName: string;
  status: CaseStatus;
  initiativeAt: Date;
  initiatorUnitName: string;
  deadlineAt: Date | null;
  firstMeetingAt: Date | null;
  closingReason: string | null;
  coordinatorName: string | null;
}

export interface DashboardCasesInput {
  quarter: QuarterLabel;
  scope: DashboardScope;
  figure: DrillDownFigure;
  /** With `closed`: only cases closed for this reason. */
  closingReason?: string | null;
  now: Date;
}

/**
 * The cases behind one figure (the drill-down): the same predicate the count uses, over the
 * same visible cases, so the list and the number always agree. Names citizens: the caller
 * audits the read.
 */
export async function listDashboardCases(
  db: DbHandle,
  viewer: CaseViewer,
  input: DashboardCasesInput,
): Promise<DashboardCaseRow[]> {
  const reason = input.closingReason
    ? Prisma.sql`AND i."closing_reason" = ${input.closingReason}`
    : Prisma.empty;
  return prismaOf(db).$queryRaw<DashboardCaseRow[]>`
    WITH q AS (${quartersSql([input.quarter])}), n AS (${nowSql(input.now)})
    SELECT c."id" AS "caseId", c."citizen_id" AS "citizenId", ci."name" AS "citizenName",
      i."status"::text AS "status", i."initiative_at" AS "initiativeAt",
      u."name" AS "initiatorUnitName", i."deadline_at" AS "deadlineAt",
      i."first_meeting_at" AS "firstMeetingAt", i."closing_reason" AS "closingReason",
      (SELECT p."name" FROM "team_member" tm JOIN "person" p ON p."id" = tm."person_id"
        WHERE tm."case_id" = c."id" AND tm."is_coordinator" AND tm."left_at" IS NULL
        LIMIT 1) AS "coordinatorName"
    FROM "case" c JOIN "case_indicator" i ON i."case_id" = c."id"
      JOIN "citizen" ci ON ci."id" = c."citizen_id" JOIN "unit" u ON u."id" = c."initiator_unit_id"
      CROSS JOIN q CROSS JOIN n
    WHERE ${scopedIndicatorFilterSql(viewer, input.scope, Prisma.sql`i`)}
      AND ${drillDownPredicate(input.figure)} ${reason}
    ORDER BY i."deadline_at" NULLS LAST, i."initiative_at", c."id"
    LIMIT ${DRILL_DOWN_LIMIT}`;
}
