import { citizenDocumentsSent, type DbHandle, listOrganisations } from "@samstemt/db";
import { type CaseDetail, type CaseState, caseDetailFor } from "@samstemt/domain";
import type { Actor } from "../context";

/**
 * Loads what the domain needs besides the case — the organisations' names (agreements name
 * them, R10/R11) and what went to the citizen (F2) — and lets the domain decide what this
 * person sees of it all (R4). `null` when they may not see the case.
 */
export async function loadCaseDetail(
  db: DbHandle,
  state: CaseState,
  actor: Actor,
  at: Date,
): Promise<CaseDetail | null> {
  const [organisations, documents] = await Promise.all([
    listOrganisations(db),
    citizenDocumentsSent(db, state.caseId),
  ]);
  return caseDetailFor(state, actor, at, {
    directory: new Map(organisations.map((o) => [o.organisationId, o.name] as const)),
    citizenDocuments: documents.map(({ at: sentAt, title, kind, source }) => ({
      at: sentAt,
      title,
      kind,
      source,
    })),
  });
}
