import type { Database } from "../client/database";
import { Prisma } from "../generated/prisma/client";
import type { StoredCaseRow } from "./project-stored-cases";
import { projectStoredCases, rewriteProjections } from "./project-stored-cases";

export interface ReprojectOptions {
  /** Cases per transaction. */
  batchSize?: number;
  /** The moment time-dependent indicators are computed for. */
  now?: Date;
  /** Only cases that have no indicator row yet (after an upgrade). */
  onlyMissing?: boolean;
  onBatch?: (progress: { cases: number; batches: number }) => void;
}

/** Generous: a batch parses and writes a few hundred cases. */
export const BATCH_TRANSACTION = { timeout: 120_000, maxWait: 30_000 } as const;

/**
 * `pnpm db:reproject`: rebuilds the case columns, every projection and every indicator row
 * from the stored states, in batches of cases ordered by id, one transaction per batch. Each
 * batch locks its case rows, so a save running meanwhile waits for the batch and is never
 * overwritten by it. Safe to run again at any time.
 */
export async function reprojectCases(
  database: Pick<Database, "prisma">,
  options: ReprojectOptions = {},
): Promise<{ cases: number; batches: number }> {
  const batchSize = options.batchSize ?? 200;
  const now = options.now ?? new Date();
  const onlyMissing = options.onlyMissing
    ? Prisma.sql`AND NOT EXISTS (SELECT 1 FROM "case_indicator" i WHERE i."case_id" = c."id")`
    : Prisma.empty;
  const progress = { cases: 0, batches: 0 };
  let after = "";
  for (;;) {
    const last = await database.prisma.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<StoredCaseRow[]>`
        SELECT c."id", c."state" FROM "case" c
        WHERE c."id" > ${after} ${onlyMissing}
        ORDER BY c."id" LIMIT ${batchSize}
        FOR UPDATE OF c`;
      await rewriteProjections(tx, projectStoredCases(rows, now), now);
      progress.cases += rows.length;
      return rows.at(-1)?.id ?? null;
    }, BATCH_TRANSACTION);
    if (last === null) return progress;
    progress.batches += 1;
    options.onBatch?.(progress);
    after = last;
  }
}
