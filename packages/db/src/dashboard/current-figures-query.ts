import { Prisma } from "../generated/prisma/client";
import { type CurrentFigure, currentFigures, currentPredicates } from "./figure-predicates";

export interface CurrentFiguresRow {
  counts: Record<CurrentFigure, number>;
  /** Over the active cases with an agreed frequency: meetings held and meetings it asks for. */
  meetingsHeld: number;
  meetingsExpected: number;
}

/**
 * The gaps as the cases stand now, over the viewer's cases in the scope: a SELECT for the
 * quarter query's `current` CTE (it reads the CTEs `cases` and `n`).
 */
export function currentFiguresSelect(): Prisma.Sql {
  const counts = currentFigures.map(
    (figure) =>
      Prisma.sql`(count(*) FILTER (WHERE ${currentPredicates[figure]}))::int AS ${Prisma.raw(`"${figure}"`)}`,
  );
  return Prisma.sql`SELECT ${Prisma.join(counts)},
      (coalesce(sum(i."meetings_held") FILTER (WHERE ${currentPredicates.withFrequency}), 0))::int AS "meetings_held",
      (coalesce(sum(i."meetings_expected") FILTER (WHERE ${currentPredicates.withFrequency}), 0))::int AS "meetings_expected"
    FROM cases i CROSS JOIN n`;
}

export function currentFiguresFromRow(row: Record<string, number>): CurrentFiguresRow {
  return {
    counts: Object.fromEntries(currentFigures.map((f) => [f, Number(row[f] ?? 0)])) as Record<
      CurrentFigure,
      number
    >,
    meetingsHeld: Number(row.meetings_held ?? 0),
    meetingsExpected: Number(row.meetings_expected ?? 0),
  };
}
