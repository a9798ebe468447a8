import { listOrganisations, peopleInOrganisations } from "@samstemt/db";
import { z } from "zod";
import { loadVisibleCase } from "../cases/case-access";
import { protectedProcedure, router } from "../trpc";

/**
 * Who is who among staff — no citizen data: the organisations a leader may invite (R6),
 * and the people of a case's participating organisations whom leaders may put on its team
 * (R6, R7). The people list is for a case the person may see; any other is "not found".
 */
export const directoryRouter = router({
  organisations: protectedProcedure.query(({ ctx }) => listOrganisations(ctx.db)),
  teamCandidates: protectedProcedure
    .input(z.strictObject({ caseId: z.uuid("Sagens id er ikke gyldigt.") }))
    .query(async ({ ctx, input }) => {
      const state = await loadVisibleCase(ctx.db, ctx.actor, input.caseId);
      return peopleInOrganisations(
        ctx.db,
        state.organisations.map((organisation) => organisation.organisationId),
      );
    }),
});
