import { grantAdministrator, isActiveAdministrator, revokeAdministrator } from "@samstemt/db";
import { protectedProcedure } from "../trpc";
import { answerAdminErrors } from "./admin-errors";
import { PersonRefSchema } from "./admin-inputs";
import { adminProcedure, changedBy } from "./admin-procedure";

/**
 * Whether the signed-in person may use the administration: the staff app shows its link
 * only to them. Any signed-in person may ask about themselves.
 */
export const access = protectedProcedure.query(async ({ ctx }) => ({
  administrator: await isActiveAdministrator(ctx.db, ctx.actor.personId),
}));

/** Gives an active person administrator rights; audited. */
export const grantAdministratorProcedure = adminProcedure
  .input(PersonRefSchema)
  .mutation(({ ctx, input }) =>
    answerAdminErrors(() => grantAdministrator(ctx.db, input, changedBy(ctx))),
  );

/** Takes administrator rights away (never one's own); audited. */
export const revokeAdministratorProcedure = adminProcedure
  .input(PersonRefSchema)
  .mutation(({ ctx, input }) =>
    answerAdminErrors(() => revokeAdministrator(ctx.db, input, changedBy(ctx))),
  );
