import { reserveCprLookup } from "@samstemt/db";
import { TRPCError } from "@trpc/server";
import { audit } from "../audit/audit-log";
import type { Actor, Context } from "../context";

/**
 * One use of a CPR number, of at most `ctx.cprLookupsPerHour` per person and hour, counted in
 * the database (shared by every server process) and taken atomically with the count, so
 * parallel requests cannot pass the limit together. Over it: 429, audited, and no look-up.
 */
export async function useCprLookup(
  ctx: Context & { actor: Actor },
  lookup: { cpr: string; now: Date; purpose: string },
): Promise<void> {
  const allowed = await reserveCprLookup(ctx.db, {
    personId: ctx.actor.personId,
    cpr: lookup.cpr,
    at: lookup.now,
    since: new Date(lookup.now.getTime() - 3_600_000),
    limit: ctx.cprLookupsPerHour,
    details: {
      for: lookup.purpose,
      ...(ctx.requestId && { requestId: ctx.requestId }),
    },
  });
  if (allowed) return;
  await audit(
    ctx,
    [{ action: "cpr.lookup.limited", details: { limit: ctx.cprLookupsPerHour } }],
    ctx.db,
  );
  throw new TRPCError({
    code: "TOO_MANY_REQUESTS",
    message: "Du har registreret mange initiativer den seneste time. Vent lidt, og prøv igen.",
  });
}
