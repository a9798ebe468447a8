import type { QuarterFiguresRow } from "@samstemt/db";

/** Headline figures the trend charts and "since last quarter" follow, and which way is better. */
export const headlineFigures = {
  registered: { better: "none" },
  activated: { better: "none" },
  /** R9: share of decided deadlines that were met. */
  metShare: { better: "up" },
  /** R9: days from the initiative to the first collaboration meeting (median). */
  daysToFirstMeeting: { better: "down" },
  /** R8: share of collaboration meetings with the citizen present. */
  citizenPresentShare: { better: "up" },
  closed: { better: "none" },
} as const;
export type HeadlineFigure = keyof typeof headlineFigures;

export type Headlines = Record<HeadlineFigure, number | null>;

const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);

export function headlinesOf(row: QuarterFiguresRow): Headlines {
  return {
    registered: row.counts.registered,
    activated: row.counts.activated,
    metShare: share(row.counts.deadlineMet, row.counts.deadlineDecided),
    daysToFirstMeeting: row.leadTimes.firstMeeting.median,
    citizenPresentShare: share(row.collaborationMeetingsWithCitizen, row.collaborationMeetings),
    closed: row.counts.closed,
  };
}

export interface Change {
  figure: HeadlineFigure;
  previous: number;
  current: number;
  /** "better"/"worse" where the model says which way is good; otherwise up or down. */
  verdict: "better" | "worse" | "up" | "down";
}

/** "Since last quarter": what moved, and whether that is good, for the dashboard to say in words. */
export function sinceLastQuarter(previous: Headlines, current: Headlines): Change[] {
  const changes: Change[] = [];
  for (const figure of Object.keys(headlineFigures) as HeadlineFigure[]) {
    const before = previous[figure];
    const now = current[figure];
    if (before === null || now === null || Math.abs(now - before) < 1e-9) continue;
    const up = now > before;
    const better = headlineFigures[figure].better;
    const verdict =
      better === "none" ? (up ? "up" : "down") : up === (better === "up") ? "better" : "worse";
    changes.push({ figure, previous: before, current: now, verdict });
  }
  return changes;
}
