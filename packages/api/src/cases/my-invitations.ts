import { listOpenInvitations } from "@samstemt/db";
import { joinableStatuses } from "@samstemt/domain";
import { leaderProcedure } from "../trpc";

/**
 * R6: the cases a leader's organisation has been asked to take part in and has not joined.
 * No citizen data: an organisation that has not agreed to take part is told only who asked,
 * so "contact across sectors happens between leaders", and can then join or decline with
 * the case id. (Filtering what participants see by the citizen's consent, R4, is not built.)
 */
export const myInvitations = leaderProcedure.query(async ({ ctx }) => {
  const rows = await listOpenInvitations(ctx.db, {
    organisationId: ctx.actor.organisationId,
    caseStatuses: joinableStatuses,
    limit: 200,
  });
  return rows.map((row) => ({
    caseId: row.caseId,
    invitedAt: row.invitedAt,
    caseStatus: row.caseStatus,
    /** For joining with optimistic locking (`cases.command`'s expectedVersion). */
    caseVersion: row.caseVersion,
    invitedBy: row.invitedBy,
  }));
});
