import { z } from "zod";
import { Prisma } from "../generated/prisma/client";
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
 * A case belongs to an organisation when it was started in one of its units or the
 * organisation takes part (R6); to a unit when it was started there or one of the unit's
 * people is on the team now.
 */
export function scopeSql(scope: DashboardScope): Prisma.Sql {
  switch (scope.kind) {
    case "all":
      return Prisma.sql`TRUE`;
    case "organisation":
      return Prisma.sql`(EXISTS (SELECT 1 FROM "unit" u
                  WHERE u."id" = c."initiator_unit_id" AND u."organisation_id" = ${scope.organisationId})
        OR EXISTS (SELECT 1 FROM "case_organisation" co
                   WHERE co."case_id" = c."id" AND co."organisation_id" = ${scope.organisationId}))`;
    case "unit":
      return Prisma.sql`(c."initiator_unit_id" = ${scope.unitId}
        OR EXISTS (SELECT 1 FROM "team_member" tm JOIN "person" p ON p."id" = tm."person_id"
                   WHERE tm."case_id" = c."id" AND tm."left_at" IS NULL AND p."unit_id" = ${scope.unitId}))`;
  }
}

/**
 * The ids of the cases the viewer may see: `visibleCasesWhere` (packages/db/src/visibility)
 * in SQL, rule for rule, as a union of index look-ups — a shape PostgreSQL plans cheaply for
 * tens of thousands of cases, where an OR of EXISTS makes it scan and estimate every case.
 * test/dashboard/quarter-dashboard.test.ts keeps the two in agreement.
 */
export function visibleCaseIdsSql(
  viewer: CaseViewer,
  options: { distinct: boolean } = { distinct: true },
): Prisma.Sql {
  if (viewer.role === "analyst") return Prisma.sql`SELECT NULL::text AS "id" WHERE FALSE`;
  // Without `distinct` a case may come more than once: fine inside IN (…), and cheaper.
  const union = Prisma.raw(options.distinct ? "UNION" : "UNION ALL");
  const own = Prisma.sql`SELECT c."id" FROM "case" c WHERE c."initiator_id" = ${viewer.personId}
    ${union} SELECT tm."case_id" FROM "team_member" tm
      WHERE tm."person_id" = ${viewer.personId} AND tm."left_at" IS NULL`;
  if (viewer.role !== "leader") return own;
  return Prisma.sql`${own}
    ${union} SELECT c."id" FROM "case" c WHERE c."initiator_unit_id" = ${viewer.unitId}
    ${union} SELECT co."case_id" FROM "case_organisation" co
      WHERE co."organisation_id" = ${viewer.organisationId}`;
}

/**
 * The cases a figure may count: visible to the viewer and in the chosen scope. With the scope
 * "all" an id may come more than once; use it inside IN (…).
 */
export function scopedCasesSql(viewer: CaseViewer, scope: DashboardScope): Prisma.Sql {
  const visible = visibleCaseIdsSql(viewer, { distinct: false });
  if (scope.kind === "all") return visible;
  return Prisma.sql`SELECT c."id" FROM "case" c WHERE c."id" IN (${visible}) AND ${scopeSql(scope)}`;
}
