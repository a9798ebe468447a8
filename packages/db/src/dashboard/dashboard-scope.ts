import { z } from "zod";
import { Prisma } from "../generated/prisma/client";
import { viewerVisibilityKeys } from "../projections/visibility-keys";
import type { CaseViewer } from "../visibility/case-viewer";

/**
 * Which of the leader's cases a figure counts: all they may see, or those of their
 * organisation, or of one unit of it (R12: leaders review their own part of the model).
 */
export const DashboardScopeSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("all") }),
  z.object({ kind: z.literal("organisation"), organisationId: z.string().uuid() }),
  z.object({ kind: z.literal("unit"), unitId: z.string().uuid() }),
]);
export type DashboardScope = z.output<typeof DashboardScopeSchema>;

/**
 * The cases a figure may count, visible to the viewer and in the chosen scope, as a condition
 * on an indicator row (`row`, its alias).
 * - Visible: the row's keys share one with the viewer's (projections/visibility-keys.ts) —
 *   one array overlap per row, where looking the case id up in case, case_organisation and
 *   team_member for each of 40,000 rows took most of the quarter query's time.
 * - In scope: a case belongs to an organisation when it was started in one of its units or
 *   the organisation takes part (R6); to a unit when it was started there or one of the
 *   unit's people is on the team now. Each rule a hashed look-up of the case id
 *   (uncorrelated IN), built once per statement.
 * test/visibility keeps the keys equal to visibleCasesWhere, test/dashboard the scopes.
 */
export function scopedIndicatorFilterSql(
  viewer: CaseViewer,
  scope: DashboardScope,
  row: Prisma.Sql,
): Prisma.Sql {
  return Prisma.sql`${row}."visible_to" && ${viewerVisibilityKeys(viewer)}::text[]
    AND (${scopeIdSql(scope, Prisma.sql`${row}."case_id"`)})`;
}

function scopeIdSql(scope: DashboardScope, id: Prisma.Sql): Prisma.Sql {
  switch (scope.kind) {
    case "all":
      return Prisma.sql`TRUE`;
    case "organisation":
      return Prisma.sql`${id} IN (SELECT co."case_id" FROM "case_organisation" co
                     WHERE co."organisation_id" = ${scope.organisationId})
        OR ${id} IN (SELECT c."id" FROM "case" c JOIN "unit" u ON u."id" = c."initiator_unit_id"
                     WHERE u."organisation_id" = ${scope.organisationId})`;
    case "unit":
      return Prisma.sql`${id} IN (SELECT c."id" FROM "case" c WHERE c."initiator_unit_id" = ${scope.unitId})
        OR ${id} IN (SELECT tm."case_id" FROM "team_member" tm JOIN "person" p ON p."id" = tm."person_id"
                     WHERE tm."left_at" IS NULL AND p."unit_id" = ${scope.unitId})`;
  }
}
