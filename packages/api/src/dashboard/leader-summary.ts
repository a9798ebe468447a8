import { listVisibleCaseDeadlineFacts } from "@samstemt/db";
import {
  type CaseStatus,
  caseStatuses,
  DEADLINE_WARNING_DAYS,
  deadlineApproaching,
  deadlineForCase,
} from "@samstemt/domain";
import { audit } from "../audit/audit-log";
import { leaderProcedure } from "../trpc";

/**
 * The leader's overview (R12): their cases by stage and how the first-meeting deadline (R9)
 * is kept. Only counts leave the server; no citizen is named.
 */
export const leaderSummary = leaderProcedure.query(async ({ ctx }) => {
  const now = ctx.now();
  const rows = await listVisibleCaseDeadlineFacts(ctx.db, ctx.actor);
  const byStatus = Object.fromEntries(caseStatuses.map((status) => [status, 0])) as Record<
    CaseStatus,
    number
  >;
  const deadline = { met: 0, missed: 0, open: 0, overdue: 0, approaching: 0 };
  for (const row of rows) {
    byStatus[row.status] += 1;
    const status = deadlineForCase(row, now);
    if (!status) continue;
    deadline[status.state] += 1;
    if (deadlineApproaching(status)) deadline.approaching += 1;
  }
  const decided = deadline.met + deadline.missed;
  await audit(ctx, [{ action: "dashboard.summary.read" }], ctx.db);
  return {
    organisationName: ctx.actor.organisationName,
    unitName: ctx.actor.unitName,
    /** R9 warning horizon, so the dashboard's words follow the domain's number. */
    warningDays: DEADLINE_WARNING_DAYS,
    totalCases: rows.length,
    byStatus,
    deadline,
    /** Share of first collaboration meetings held within the deadline, 0–1; null with none held. */
    metShare: decided === 0 ? null : deadline.met / decided,
  };
});
