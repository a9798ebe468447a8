import { type CurrentFigure, currentFigures } from "./figure-predicates";

export interface CurrentFiguresRow {
  counts: Record<CurrentFigure, number>;
  /** Over the active cases with an agreed frequency: meetings held and meetings it asks for. */
  meetingsHeld: number;
  meetingsExpected: number;
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
