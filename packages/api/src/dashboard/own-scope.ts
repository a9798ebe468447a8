import { type DashboardScope, isOwnScope, type LeaderScopes, leaderScopes } from "@samstemt/db";
import { TRPCError } from "@trpc/server";
import type { Context } from "../context";

/** The leader's own organisation and units; any other scope is refused (R12: their own part). */
export async function requireOwnScope(
  ctx: Pick<Context, "db"> & { actor: NonNullable<Context["actor"]> },
  scope: DashboardScope,
): Promise<LeaderScopes> {
  const scopes = await leaderScopes(ctx.db, ctx.actor);
  if (!isOwnScope(scopes, scope)) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "Du kan kun se tal for din egen organisation og dens enheder.",
    });
  }
  return scopes;
}
