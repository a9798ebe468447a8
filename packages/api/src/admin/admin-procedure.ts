import { isActiveAdministrator } from "@samstemt/db";
import { TRPCError } from "@trpc/server";
import { protectedProcedure } from "../trpc";

/**
 * Administrators only (issue 10): a person listed in `administrator` who has not been
 * deactivated. Administration is the only way to grant access to Samstemt; everyone else is
 * told FORBIDDEN (and the refusal is audited like every other).
 */
export const adminProcedure = protectedProcedure.use(async ({ ctx, next }) => {
  if (!(await isActiveAdministrator(ctx.db, ctx.actor.personId))) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "Kun administratorer har adgang til administrationen.",
    });
  }
  return next();
});

/** Who made a change, for the audit entry the db function writes in the change's transaction. */
export function changedBy(ctx: {
  actor: { personId: string };
  now: () => Date;
  requestId: string | null;
}) {
  return { personId: ctx.actor.personId, at: ctx.now(), requestId: ctx.requestId };
}
