import { type DbHandle, prismaOf } from "../client/transaction";

export type AnalystExportStatus = "queued" | "running" | "done" | "failed" | "expired";

export interface AnalystExportScope {
  /** Danish quarters, "2026-Q1": cases whose initiative falls from the one through the other. */
  fromQuarter: string;
  toQuarter: string;
  /** Cases any of these organisations initiated or take part in; empty: every case. */
  organisationIds: string[];
}

export interface AnalystExportRow extends AnalystExportScope {
  id: string;
  requestedById: string;
  status: AnalystExportStatus;
  rowsTotal: number | null;
  rowsDone: number;
  error: string | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  expiresAt: Date | null;
}

const asRow = (row: {
  id: string;
  requestedById: string;
  fromQuarter: string;
  toQuarter: string;
  organisationIds: string[];
  status: string;
  rowsTotal: number | null;
  rowsDone: number;
  error: string | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  expiresAt: Date | null;
}): AnalystExportRow => ({ ...row, status: row.status as AnalystExportStatus });

export async function createAnalystExport(
  db: DbHandle,
  input: AnalystExportScope & { requestedById: string; at: Date },
): Promise<AnalystExportRow> {
  const { at, ...data } = input;
  return asRow(await prismaOf(db).analystExport.create({ data: { ...data, createdAt: at } }));
}

/** One person's exports, newest first. */
export async function analystExportsOf(
  db: DbHandle,
  personId: string,
  limit: number,
): Promise<AnalystExportRow[]> {
  const rows = await prismaOf(db).analystExport.findMany({
    where: { requestedById: personId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
  });
  return rows.map(asRow);
}

export async function analystExportById(
  db: DbHandle,
  id: string,
): Promise<AnalystExportRow | null> {
  const row = await prismaOf(db).analystExport.findUnique({ where: { id } });
  return row ? asRow(row) : null;
}

/**
 * Takes the next export to write: a queued one, or one left running by a worker that died
 * (started more than `abandonedAfterSeconds` ago). Claimed in one statement, so two workers
 * never write the same export.
 */
export async function claimNextExport(
  db: DbHandle,
  at: Date,
  abandonedAfterSeconds: number,
): Promise<AnalystExportRow | null> {
  const abandoned = new Date(at.getTime() - abandonedAfterSeconds * 1000);
  const [claimed] = await prismaOf(db).$queryRaw<Array<{ id: string }>>`
    UPDATE "analyst_export" SET "status" = 'running', "started_at" = ${at}, "rows_done" = 0,
      "error" = NULL
    WHERE "id" = (
      SELECT "id" FROM "analyst_export"
      WHERE "status" = 'queued' OR ("status" = 'running' AND "started_at" < ${abandoned})
      ORDER BY "created_at" LIMIT 1 FOR UPDATE SKIP LOCKED)
    RETURNING "id"`;
  return claimed ? analystExportById(db, claimed.id) : null;
}

export async function recordExportProgress(
  db: DbHandle,
  id: string,
  progress: { rowsTotal?: number; rowsDone: number },
): Promise<void> {
  await prismaOf(db).analystExport.update({ where: { id }, data: progress });
}

export async function finishExport(
  db: DbHandle,
  id: string,
  outcome:
    | { status: "done"; at: Date; expiresAt: Date }
    | { status: "failed"; at: Date; error: string },
): Promise<void> {
  await prismaOf(db).analystExport.update({
    where: { id },
    data:
      outcome.status === "done"
        ? { status: "done", finishedAt: outcome.at, expiresAt: outcome.expiresAt }
        : { status: "failed", finishedAt: outcome.at, error: outcome.error.slice(0, 2000) },
  });
}

/** Exports whose files are past their time: marked expired; returns their ids (files to delete). */
export async function expireExports(db: DbHandle, at: Date): Promise<string[]> {
  const rows = await prismaOf(db).$queryRaw<Array<{ id: string }>>`
    UPDATE "analyst_export" SET "status" = 'expired'
    WHERE "status" = 'done' AND "expires_at" <= ${at}
    RETURNING "id"`;
  return rows.map((row) => row.id);
}
