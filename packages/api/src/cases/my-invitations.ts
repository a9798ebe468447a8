import { joinableStatuses } from "@samstemt/domain";
import { leaderProcedure } from "../trpc";

/**
 * R6: the cases a leader's organisation has been asked to take part in and has not joined.
 * No citizen data: an organisation that has not agreed to take part is told only who asked,
 * so "contact across sectors happens between leaders", and can then join or decline with
 * the case id. (Filtering what participants see by the citizen's consent, R4, is not built.)
 */
export const myInvitations = leaderProcedure.query(async ({ ctx }) => {
  const { organisationId } = ctx.actor;
  const rows = await ctx.db.prisma.caseInvitation.findMany({
    where: {
      organisationId,
      case: {
        status: { in: [...joinableStatuses] },
        organisations: { none: { organisationId } },
      },
    },
    orderBy: { invitedAt: "desc" },
    take: 200,
    select: {
      caseId: true,
      invitedAt: true,
      case: { select: { status: true, version: true } },
      invitedBy: {
        select: {
          name: true,
          title: true,
          phone: true,
          email: true,
          unit: { select: { name: true, organisation: { select: { name: true } } } },
        },
      },
    },
  });
  return rows.map((row) => ({
    caseId: row.caseId,
    invitedAt: row.invitedAt,
    caseStatus: row.case.status,
    /** For joining with optimistic locking (`cases.command`'s expectedVersion). */
    caseVersion: row.case.version,
    invitedBy: {
      name: row.invitedBy.name,
      title: row.invitedBy.title,
      phone: row.invitedBy.phone,
      email: row.invitedBy.email,
      unitName: row.invitedBy.unit.name,
      organisationName: row.invitedBy.unit.organisation.name,
    },
  }));
});
