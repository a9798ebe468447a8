import { type DbHandle, prismaOf } from "../client/transaction";
import type { CaseViewer } from "../visibility/case-viewer";
import type { DashboardScope } from "./dashboard-scope";

export interface LeaderScopes {
  organisation: { id: string; name: string };
  units: { id: string; name: string }[];
}

/** What a leader may narrow the dashboard to: their own organisation and its units. */
export async function leaderScopes(db: DbHandle, viewer: CaseViewer): Promise<LeaderScopes> {
  const organisation = await prismaOf(db).organisation.findUniqueOrThrow({
    where: { id: viewer.organisationId },
    select: {
      id: true,
      name: true,
      units: { select: { id: true, name: true }, orderBy: { name: "asc" } },
    },
  });
  return {
    organisation: { id: organisation.id, name: organisation.name },
    units: organisation.units,
  };
}

/** Whether a requested scope is one of the leader's own (an organisation or unit of theirs). */
export function isOwnScope(scopes: LeaderScopes, scope: DashboardScope): boolean {
  if (scope.kind === "all") return true;
  if (scope.kind === "organisation") return scope.organisationId === scopes.organisation.id;
  return scopes.units.some((unit) => unit.id === scope.unitId);
}
