import { type DbHandle, prismaOf } from "../client/transaction";

export interface StoredQuarterlyReport {
  organisationId: string;
  /** "2026-Q3" */
  quarter: string;
  /** When the worker last wrote the file. */
  createdAt: Date;
}

/** The worker wrote an organisation's report for a quarter (again: the time is updated). */
export async function recordQuarterlyReport(
  db: DbHandle,
  report: StoredQuarterlyReport,
): Promise<void> {
  const { organisationId, quarter, createdAt } = report;
  await prismaOf(db).quarterlyReport.upsert({
    where: { organisationId_quarter: { organisationId, quarter } },
    create: { organisationId, quarter, createdAt },
    update: { createdAt },
  });
}

/** An organisation's written reports for quarters before `beforeQuarter`, newest quarter first. */
export async function quarterlyReportsOf(
  db: DbHandle,
  organisationId: string,
  beforeQuarter: string,
): Promise<StoredQuarterlyReport[]> {
  return prismaOf(db).quarterlyReport.findMany({
    where: { organisationId, quarter: { lt: beforeQuarter } },
    orderBy: { quarter: "desc" },
    select: { organisationId: true, quarter: true, createdAt: true },
  });
}

/** Every recorded report, as organisation and quarter (no dates): a few hundred rows at most. */
export async function recordedQuarterlyReports(
  db: DbHandle,
): Promise<Array<{ organisationId: string; quarter: string }>> {
  return prismaOf(db).quarterlyReport.findMany({
    select: { organisationId: true, quarter: true },
  });
}

/** Whether the worker has written this report. */
export async function quarterlyReportExists(
  db: DbHandle,
  organisationId: string,
  quarter: string,
): Promise<boolean> {
  const row = await prismaOf(db).quarterlyReport.findUnique({
    where: { organisationId_quarter: { organisationId, quarter } },
    select: { quarter: true },
  });
  return row !== null;
}
