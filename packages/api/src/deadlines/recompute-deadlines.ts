import { deadlineApproaching, deadlineRunningStatuses, deadlineStatus } from "@samstemt/domain";
import { firstCollaborationMeetingSelect, firstHeldAt } from "../cases/first-meeting-held-at";
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
      initiativeAt: true,
      deadlineState: true,
      deadlineAt: true,
      meetings: firstCollaborationMeetingSelect,
    },
  });
  let approaching = 0;
  const changes = [];
  for (const row of running) {
    const status = deadlineStatus(
      { initiativeAt: row.initiativeAt, firstMeetingHeldAt: firstHeldAt(row.meetings) },
      now,
    );
    if (deadlineApproaching(status)) approaching += 1;
    if (
      status.state !== row.deadlineState ||
      status.deadline.getTime() !== row.deadlineAt.getTime()
    ) {
      changes.push(
        ctx.db.prisma.case.update({
          where: { id: row.id },
          data: { deadlineState: status.state, deadlineAt: status.deadline },
        }),
      );
    }
  }
  // One transaction: the stored states and the time they were checked never disagree.
  await ctx.db.prisma.$transaction([
    ...changes,
    ctx.db.prisma.case.updateMany({
      where: { id: { in: running.map((row) => row.id) } },
      data: { deadlineCheckedAt: now },
    }),
  ]);
  return { checked: running.length, changed: changes.length, approaching };
});
