import { createOrganisation, listAdminOrganisations, updateOrganisation } from "@samstemt/db";
import { answerAdminErrors } from "./admin-errors";
import {
  ExpectedOrganisationSchema,
  OrganisationInputSchema,
  organisationIdSchema,
} from "./admin-inputs";
import { adminProcedure, changedBy } from "./admin-procedure";

/** Every organisation with its sector and how many units and active people it has. */
export const organisations = adminProcedure.query(({ ctx }) => listAdminOrganisations(ctx.db));

/** Adds an organisation in one of the four sectors; audited. */
export const createOrganisationProcedure = adminProcedure
  .input(OrganisationInputSchema)
  .mutation(({ ctx, input }) =>
    answerAdminErrors(() => createOrganisation(ctx.db, input, changedBy(ctx))),
  );

/**
 * Renames an organisation or corrects its sector; audited with the old values. Refused if
 * changed since `expected`.
 */
export const updateOrganisationProcedure = adminProcedure
  .input(
    OrganisationInputSchema.extend({
      organisationId: organisationIdSchema,
      expected: ExpectedOrganisationSchema.optional(),
    }),
  )
  .mutation(({ ctx, input }) =>
    answerAdminErrors(() => updateOrganisation(ctx.db, input, changedBy(ctx))),
  );
