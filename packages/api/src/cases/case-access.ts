import { loadCaseState } from "@samstemt/db";
import type { CaseState } from "@samstemt/domain";
import { TRPCError } from "@trpc/server";
import type { Actor, Context } from "../context";
import { visibleCasesWhere } from "./case-visibility";

type Reader = Parameters<typeof loadCaseState>[0] & Pick<Context["db"]["prisma"], "case">;

/**
 * The case's state if the actor may see it. A case they may not see is "not found", so its
 * existence is not revealed either. `joinCase` is the exception: a leader of another
 * organisation, told of the case by a fellow leader (R6), must reach it to agree to take part.
 */
export async function loadVisibleCase(
  db: Reader,
  actor: Actor,
  caseId: string,
  options: { forJoining?: boolean } = {},
): Promise<CaseState> {
  const visible =
    (options.forJoining && actor.role === "leader") ||
    (await db.case.count({ where: { AND: [{ id: caseId }, visibleCasesWhere(actor)] } })) === 1;
  const state = visible ? await loadCaseState(db, caseId) : null;
  if (!state) throw new TRPCError({ code: "NOT_FOUND", message: "Sagen findes ikke." });
  return state;
}
