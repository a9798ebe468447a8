import type { RouterOutputs } from "@samstemt/api";

export type QuarterReviewData = RouterOutputs["dashboard"]["quarter"];
export type FigureKey = RouterOutputs["dashboard"]["cases"]["figure"];
export type HeadlineRow = QuarterReviewData["trend"][number];
