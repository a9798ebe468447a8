import {
  deadlineApproaching,
  deadlineForCase,
  deadlineRunningStatuses,
  timeDependentIndicators,
} from "@samstemt/domain";
import type { Database } from "../client/database";
import { Prisma } from "../generated/prisma/client";
import { projectStoredCases, rewriteProjections } from "./project-stored-cases";
import { BATCH_TRANSACTION } from "./reproject";
import type { ProjectedCase } from "./write-projections";

export interface TimeDependentRefresh {
  /** Cases looked at: every case whose deadline still runs, and any without an indicator row. */
  checked: number;
  /** Cases whose stored deadline or time-dependent indicators were out of date. */
  changed: number;
  /** R9: cases still open and due within the warning horizon. */
  approaching: number;
}

interface StoredRow {
  id: string;
  state: unknown;
  deadline_at: Date | null;
  deadline_state: string | null;
  has_indicator: boolean;
  indicator_deadline_state: string | null;
  meetings_expected: number | null;
  next_meeting_overdue: boolean | null;
}

const sameTime = (a: Date | null, b: Date | null) =>
  (a?.getTime() ?? null) === (b?.getTime() ?? null);

function isStale(row: StoredRow, { indicators }: ProjectedCase): boolean {
  const stored: Record<(typeof timeDependentIndicators)[number], unknown> = {
    deadlineState: row.indicator_deadline_state,
    meetingsExpected: row.meetings_expected,
    nextMeetingOverdue: row.next_meeting_overdue,
  };
  return (
    !row.has_indicator ||
    row.deadline_state !== indicators.deadlineState ||
    !sameTime(row.deadline_at, indicators.deadlineAt) ||
    timeDependentIndicators.some((key) => stored[key] !== indicators[key])
  );
}

/**
 * The scheduled job's work (R9, R12): values that change with the clock alone — a deadline
 * passing, meetings falling due — are recomputed by the domain for every case whose deadline
 * still runs, and rows found out of date are rewritten; cases without an indicator row (stored
 * before indicators existed) are projected too. In batches, each batch one transaction that
 * locks its case rows, so a save running meanwhile is never overwritten with older values.
 */
export async function refreshTimeDependentProjections(
  database: Pick<Database, "prisma">,
  now: Date,
  options: { batchSize?: number } = {},
): Promise<TimeDependentRefresh> {
  const batchSize = options.batchSize ?? 500;
  const running = Prisma.join([...deadlineRunningStatuses]);
  const totals: TimeDependentRefresh = { checked: 0, changed: 0, approaching: 0 };
  let after = "";
  for (;;) {
    const last = await database.prisma.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<StoredRow[]>`
        SELECT c."id", c."state", c."deadline_at", c."deadline_state"::text AS "deadline_state",
          i."case_id" IS NOT NULL AS "has_indicator",
          i."deadline_state"::text AS "indicator_deadline_state",
          i."meetings_expected", i."next_meeting_overdue"
        FROM "case" c LEFT JOIN "case_indicator" i ON i."case_id" = c."id"
        WHERE c."id" > ${after} AND (c."status"::text IN (${running}) OR i."case_id" IS NULL)
        ORDER BY c."id" LIMIT ${batchSize}
        FOR UPDATE OF c`;
      const projected = projectStoredCases(rows, now);
      const stale = projected.filter((p, index) => {
        const row = rows[index];
        return row === undefined || isStale(row, p);
      });
      await rewriteProjections(tx, stale, now);
      const ids = rows.map((row) => row.id);
      if (ids.length > 0) {
        // The rest were right: only the moment they were checked moves on.
        await tx.case.updateMany({ where: { id: { in: ids } }, data: { deadlineCheckedAt: now } });
        await tx.caseIndicator.updateMany({
          where: { caseId: { in: ids } },
          data: { computedAt: now },
        });
      }
      totals.checked += rows.length;
      totals.changed += stale.length;
      for (const { state, indicators } of projected) {
        const deadline = deadlineForCase(
          {
            status: state.status,
            initiativeAt: state.initiative.initiativeAt,
            firstMeetingHeldAt: indicators.firstMeetingAt,
          },
          now,
        );
        if (deadline && deadlineApproaching(deadline)) totals.approaching += 1;
      }
      return rows.at(-1)?.id ?? null;
    }, BATCH_TRANSACTION);
    if (last === null) return totals;
    after = last;
  }
}
