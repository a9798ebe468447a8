import { CaseStateSchema } from "@samstemt/domain";
import type { Prisma } from "../generated/prisma/client";
import { caseColumns } from "./case-columns";
import { type ProjectedCase, projectCase, writeCaseProjections } from "./write-projections";

export interface StoredCaseRow {
  id: string;
  state: unknown;
}

/** Parses stored states and computes their indicators at `now`. */
export const projectStoredCases = (rows: readonly StoredCaseRow[], now: Date): ProjectedCase[] =>
  rows.map((row) => projectCase(CaseStateSchema.parse(row.state), now));

/**
 * Rewrites the case columns and every projection of already stored cases from their states,
 * in the caller's transaction. The state and its version are left alone: nothing about the
 * case changes, only what is derived from it.
 */
export async function rewriteProjections(
  tx: Prisma.TransactionClient,
  cases: readonly ProjectedCase[],
  now: Date,
): Promise<void> {
  for (const { state, indicators } of cases) {
    await tx.case.update({
      where: { id: state.caseId },
      data: caseColumns(state, indicators, now),
    });
  }
  await writeCaseProjections(tx, cases, now);
}

/**
 * Brings one case's projections up to date at `now` (for the outbox consumer): locks the
 * case row so a concurrent save waits, reads the state, rewrites. False when the case is gone.
 */
export async function refreshCaseProjections(
  tx: Prisma.TransactionClient,
  caseId: string,
  now: Date,
): Promise<boolean> {
  const rows = await tx.$queryRaw<StoredCaseRow[]>`
    SELECT "id", "state" FROM "case" WHERE "id" = ${caseId} FOR UPDATE`;
  if (rows.length === 0) return false;
  await rewriteProjections(tx, projectStoredCases(rows, now), now);
  return true;
}
