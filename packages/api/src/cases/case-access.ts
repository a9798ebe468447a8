import { type DbHandle, isCaseVisibleTo, loadCaseState } from "@samstemt/db";
import { type CaseState, isInvited } from "@samstemt/domain";
import { TRPCError } from "@trpc/server";
import type { Actor } from "../context";

/**
 * The case's state if the actor may see it. A case they may not see is "not found", so its
 * existence is not revealed either. Answering an invitation is the exception: a leader of
 * an invited organisation (R6) must reach the case to join or decline it. (The initiator's
 * own organisation joins through its leaders who see the case already.) `db` is the
 * database or a transaction (`withTransaction`).
 */
export async function loadVisibleCase(
  db: DbHandle,
  actor: Actor,
  caseId: string,
  options: { answeringInvitation?: boolean } = {},
): Promise<CaseState> {
  if (options.answeringInvitation && actor.role === "leader") {
    const state = await loadCaseState(db, caseId);
    if (state && isInvited(state, actor.organisationId)) return state;
  }
  const visible = await isCaseVisibleTo(db, actor, caseId);
  const state = visible ? await loadCaseState(db, caseId) : null;
  if (!state) throw new TRPCError({ code: "NOT_FOUND", message: "Sagen findes ikke." });
  return state;
}
