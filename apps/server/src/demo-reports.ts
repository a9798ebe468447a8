import { existsSync } from "node:fs";
import { join } from "node:path";
import { currentQuarterLabel, parseQuarter, shiftQuarter } from "@samstemt/db";
import { quarterlyReportJob, type RunningWorker } from "@samstemt/worker";

/**
 * Demo mode: the quarter just ended gets its quarterly reports (R12) at once, so a leader
 * has one to download right after `pnpm start` instead of on the first day of the next
 * quarter. Asked of the worker only when that quarter's folder is missing; the job writes
 * a PDF per organisation with a leader.
 */
export async function requestDemoReports(worker: RunningWorker, now = new Date()) {
  const last = shiftQuarter(parseQuarter(currentQuarterLabel(now)), -1);
  const quarter = `${last.year}-Q${last.quarter}`;
  if (existsSync(join(worker.settings.reportDir, quarter))) return null;
  return worker.boss.send(quarterlyReportJob.name, { quarter });
}
