import { type DbHandle, prismaOf } from "../client/transaction";
import type { CaseViewer } from "../visibility/case-viewer";
import { visibleCasesWhere } from "../visibility/visible-cases-where";

/** The facts a person's lists are computed from, as a few numbers; see `listsStampFor`. */
export interface ListsStamp {
  cases: { count: number; versions: number; updatedAt: Date | null };
  invitations: { count: number; versions: number; invitedAt: Date | null };
  notifications: { count: number; unread: number; done: number; createdAt: Date | null };
  /** The version of the case on the person's screen, when they may see it; else null. */
  caseVersion: number | null;
}

/**
 * What the signed-in person's tasks, case list, open case, invitations and alerts are
 * computed from, in three aggregates over indexed rows: the cases they may see (count, the
 * sum of their versions — every accepted command adds one — and the last change), the open
 * invitations to a leader's organisation, and their notifications. A change that can alter
 * any of those lists alters a number here, so the app polls this and fetches the lists only
 * when it changed; a change to a case the person cannot see alters nothing. With `caseId`,
 * the version of that case too (the one on screen), so it is fetched again only when someone
 * changed it. No citizen data.
 */
export async function listsStampFor(
  db: DbHandle,
  viewer: CaseViewer,
  caseId?: string,
): Promise<ListsStamp> {
  const prisma = prismaOf(db);
  const onScreen = caseId
    ? await prisma.case.findFirst({
        where: { AND: [{ id: caseId }, visibleCasesWhere(viewer)] },
        select: { version: true },
      })
    : null;
  const cases = await prisma.case.aggregate({
    where: visibleCasesWhere(viewer),
    _count: { _all: true },
    _sum: { version: true },
    _max: { updatedAt: true },
  });
  const [invitations] =
    viewer.role === "leader"
      ? await prisma.$queryRaw<Array<{ count: number; versions: number; invited_at: Date | null }>>`
          SELECT count(*)::int AS "count", coalesce(sum(c."version"), 0)::int AS "versions",
            max(i."invited_at") AS "invited_at"
          FROM "case_invitation" i JOIN "case" c ON c."id" = i."case_id"
          WHERE i."organisation_id" = ${viewer.organisationId}
            AND NOT EXISTS (SELECT 1 FROM "case_organisation" o
              WHERE o."case_id" = i."case_id" AND o."organisation_id" = i."organisation_id")`
      : [{ count: 0, versions: 0, invited_at: null }];
  const [notifications] = await prisma.$queryRaw<
    Array<{ count: number; unread: number; done: number; created_at: Date | null }>
  >`
    SELECT count(*)::int AS "count",
      (count(*) FILTER (WHERE "read_at" IS NULL AND "done_at" IS NULL))::int AS "unread",
      (count(*) FILTER (WHERE "done_at" IS NOT NULL))::int AS "done",
      max("created_at") AS "created_at"
    FROM "notification" WHERE "person_id" = ${viewer.personId}`;
  return {
    cases: {
      count: cases._count._all,
      versions: cases._sum.version ?? 0,
      updatedAt: cases._max.updatedAt,
    },
    invitations: {
      count: invitations?.count ?? 0,
      versions: invitations?.versions ?? 0,
      invitedAt: invitations?.invited_at ? new Date(invitations.invited_at) : null,
    },
    notifications: {
      count: notifications?.count ?? 0,
      unread: notifications?.unread ?? 0,
      done: notifications?.done ?? 0,
      createdAt: notifications?.created_at ? new Date(notifications.created_at) : null,
    },
    caseVersion: onScreen?.version ?? null,
  };
}
