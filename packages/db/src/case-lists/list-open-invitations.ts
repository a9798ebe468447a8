import type { CaseStatus } from "@samstemt/domain";
import { type DbHandle, prismaOf } from "../client/transaction";

/** An invitation to an organisation (R6): who asked, and the case's status and version only. */
export interface OpenInvitationRow {
  caseId: string;
  invitedAt: Date;
  caseStatus: CaseStatus;
  caseVersion: number;
  invitedBy: {
    name: string;
    title: string;
    phone: string | null;
    email: string;
    unitName: string;
    organisationName: string;
  };
}

/**
 * The standing invitations to an organisation on cases in one of `caseStatuses` that the
 * organisation has not joined, newest first, at most `limit`. No citizen data.
 */
export async function listOpenInvitations(
  db: DbHandle,
  query: { organisationId: string; caseStatuses: readonly CaseStatus[]; limit: number },
): Promise<OpenInvitationRow[]> {
  const { organisationId } = query;
  const rows = await prismaOf(db).caseInvitation.findMany({
    where: {
      organisationId,
      case: {
        status: { in: [...query.caseStatuses] },
        organisations: { none: { organisationId } },
      },
    },
    orderBy: { invitedAt: "desc" },
    take: query.limit,
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
}
