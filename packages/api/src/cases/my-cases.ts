import { deadlineApproaching, deadlineForCase } from "@samstemt/domain";
import { audit } from "../audit/audit-log";
import { protectedProcedure } from "../trpc";
import { visibleCasesWhere } from "./case-visibility";

/** The cases the signed-in person works on, newest initiative first, with their R9 status. */
export const myCases = protectedProcedure.query(async ({ ctx }) => {
  const now = ctx.now();
  const rows = await ctx.db.prisma.case.findMany({
    where: visibleCasesWhere(ctx.actor),
    orderBy: { initiativeAt: "desc" },
    take: 200,
    select: {
      id: true,
      version: true,
      status: true,
      initiativeAt: true,
      citizen: { select: { id: true, name: true } },
      initiator: { select: { name: true } },
      initiatorUnit: { select: { name: true } },
      members: {
        where: { isCoordinator: true, leftAt: null },
        select: { person: { select: { name: true } } },
      },
      firstMeetingHeldAt: true,
    },
  });
  await audit(
    ctx,
    rows.map((row) => ({ action: "case.list.read", citizenId: row.citizen.id, caseId: row.id })),
    ctx.db.prisma,
  );
  return rows.map((row) => {
    const deadline = deadlineForCase(
      {
        status: row.status,
        initiativeAt: row.initiativeAt,
        firstMeetingHeldAt: row.firstMeetingHeldAt,
      },
      now,
    );
    return {
      id: row.id,
      version: row.version,
      status: row.status,
      citizenName: row.citizen.name,
      initiativeAt: row.initiativeAt,
      initiatorName: row.initiator.name,
      initiatorUnitName: row.initiatorUnit.name,
      coordinatorName: row.members[0]?.person.name ?? null,
      deadline: deadline && { ...deadline, approaching: deadlineApproaching(deadline) },
    };
  });
});
