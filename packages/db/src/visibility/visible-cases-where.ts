import type { Prisma } from "../generated/prisma/client";
import type { CaseViewer } from "./case-viewer";

/**
 * Which cases a person may see, as a filter the database applies to lists: the domain's
 * `mayViewCase` (`caseAccessFor(…) === "full"`) in SQL, rule for rule, and tested to agree
 * with it on every demo case × demo person and on generated cases.
 * - An analyst sees no case: analysts work with pseudonymised exports.
 * - The initiator (R5), a leader of the initiator's unit (R5: endorses or declines), a
 *   *current* team member (R6/R7; a member who has left no longer sees the case) and a
 *   leader of an organisation taking part (R6) see it.
 * A leader whose organisation is only invited sees the invitation, not the case (see the
 * invitation list).
 */
export function visibleCasesWhere(viewer: CaseViewer): Prisma.CaseWhereInput {
  if (viewer.role === "analyst") return { id: { in: [] } };
  const own: Prisma.CaseWhereInput[] = [
    { initiatorId: viewer.personId },
    { members: { some: { personId: viewer.personId, leftAt: null } } },
  ];
  if (viewer.role === "leader") {
    own.push(
      { initiatorUnitId: viewer.unitId },
      { organisations: { some: { organisationId: viewer.organisationId } } },
    );
  }
  return { OR: own };
}
