import { deadlineApproaching, deadlineRunningStatuses, deadlineStatus } from "@samstemt/domain";
import { systemProcedure } from "../trpc";

/**
 * The worker's scheduled job: asks the domain where every running case stands against the
 * R9 deadline and stores the answer, so lists and reports can filter on it without
 * recomputing. Returns what changed.
 */
export const recomputeDeadlines = systemProcedure.mutation(async ({ ctx }) => {
  const now = ctx.now();
  const running = await ctx.db.prisma.case.findMany({
    where: { status: { in: [...deadlineRunningStatuses] } },
    select: {
      id: true,
      version: true,
      initiativeAt: true,
      deadlineState: true,
      deadlineAt: true,
      firstMeetingHeldAt: true,
    },
  });
  let approaching = 0;
  const changes = [];
  for (const row of running) {
    const status = deadlineStatus(
      { initiativeAt: row.initiativeAt, firstMeetingHeldAt: row.firstMeetingHeldAt },
      now,
    );
    if (deadlineApproaching(status)) approaching += 1;
    if (
      status.state !== row.deadlineState ||
      status.deadline.getTime() !== row.deadlineAt.getTime()
    ) {
      changes.push(
        // Only the version read: a case saved meanwhile (say, a meeting recorded) already
        // carries its fresh deadline state and must not be overwritten with this one.
        ctx.db.prisma.case.updateMany({
          where: { id: row.id, version: row.version },
          data: { deadlineState: status.state, deadlineAt: status.deadline },
        }),
      );
    }
  }
  // One transaction: the stored states and the time they were checked never disagree.
  const results = await ctx.db.prisma.$transaction([
    ...changes,
    ctx.db.prisma.case.updateMany({
      where: { id: { in: running.map((row) => row.id) } },
      data: { deadlineCheckedAt: now },
    }),
  ]);
  const changed = results.slice(0, changes.length).reduce((sum, result) => sum + result.count, 0);
  return { checked: running.length, changed, approaching };
});
