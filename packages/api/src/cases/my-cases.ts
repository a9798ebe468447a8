import { listVisibleCases } from "@samstemt/db";
import { deadlineApproaching, deadlineForCase } from "@samstemt/domain";
import { audit } from "../audit/audit-log";
import { protectedProcedure } from "../trpc";

/** The cases the signed-in person works on, newest initiative first, with their R9 status. */
export const myCases = protectedProcedure.query(async ({ ctx }) => {
  const now = ctx.now();
  const rows = await listVisibleCases(ctx.db, ctx.actor, { limit: 200 });
  await audit(
    ctx,
    rows.map((row) => ({ action: "case.list.read", citizenId: row.citizenId, caseId: row.caseId })),
    ctx.db,
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
      id: row.caseId,
      version: row.version,
      status: row.status,
      citizenName: row.citizenName,
      initiativeAt: row.initiativeAt,
      initiatorName: row.initiatorName,
      initiatorUnitName: row.initiatorUnitName,
      coordinatorName: row.coordinatorName,
      deadline: deadline && { ...deadline, approaching: deadlineApproaching(deadline) },
    };
  });
});
