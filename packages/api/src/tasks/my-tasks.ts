import { listOpenInvitations, listVisibleCaseStates } from "@samstemt/db";
import { type CaseTask, joinableStatuses, tasksForCase } from "@samstemt/domain";
import { audit } from "../audit/audit-log";
import { protectedProcedure } from "../trpc";

/** Cases that can still give someone something to do. */
const openStatuses = ["initiated", "endorsed", "declined", "active"] as const;

/** R6: an invitation to the leader's organisation; who asked, never the citizen. */
export interface InvitationTask {
  kind: "answer_invitation";
  caseId: string;
  caseVersion: number;
  invitedAt: Date;
  invitedBy: { name: string; organisationName: string };
}

const dueOf = (task: CaseTask) => task.deadline?.deadline.getTime() ?? Number.POSITIVE_INFINITY;

/**
 * "Mine opgaver": what waits for the signed-in person, overdue and nearest deadline first,
 * then invitations (newest first) and the rest. Each task names the case to act on. Reading
 * the list shows citizens' names, so it is audited per citizen like the case list.
 */
export const myTasks = protectedProcedure.query(async ({ ctx }) => {
  const now = ctx.now();
  const states = await listVisibleCaseStates(ctx.db, ctx.actor, {
    statuses: openStatuses,
    limit: 500,
  });
  const caseTasks = states
    .flatMap((state) => tasksForCase(state, ctx.actor, now))
    .sort((a, b) => dueOf(a) - dueOf(b));
  const invitations: InvitationTask[] =
    ctx.actor.role === "leader"
      ? (
          await listOpenInvitations(ctx.db, {
            organisationId: ctx.actor.organisationId,
            caseStatuses: joinableStatuses,
            limit: 200,
          })
        ).map((row) => ({
          kind: "answer_invitation" as const,
          caseId: row.caseId,
          caseVersion: row.caseVersion,
          invitedAt: row.invitedAt,
          invitedBy: { name: row.invitedBy.name, organisationName: row.invitedBy.organisationName },
        }))
      : [];
  const citizens = new Map(states.map((state) => [state.caseId, state.citizen.citizenId]));
  await audit(
    ctx,
    [...new Set(caseTasks.map((task) => task.caseId))].map((caseId) => ({
      action: "task.list.read",
      caseId,
      citizenId: citizens.get(caseId) ?? null,
    })),
    ctx.db,
  );
  return { caseTasks, invitations, count: caseTasks.length + invitations.length };
});
