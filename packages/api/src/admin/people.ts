import {
  adminPerson,
  createPerson,
  deactivatePerson,
  listAdminPeople,
  reactivatePerson,
  updatePerson,
} from "@samstemt/db";
import { z } from "zod";
import { answerAdminErrors } from "./admin-errors";
import {
  ExpectedPersonSchema,
  organisationIdSchema,
  PersonInputSchema,
  PersonRefSchema,
  personIdSchema,
  unitIdSchema,
} from "./admin-inputs";
import { adminProcedure, changedBy } from "./admin-procedure";

/** People by organisation, unit and name: active ones, or everyone with `includeDeactivated`. */
export const people = adminProcedure
  .input(
    z
      .strictObject({
        organisationId: organisationIdSchema.optional(),
        unitId: unitIdSchema.optional(),
        includeDeactivated: z.boolean().default(false),
      })
      .default({ includeDeactivated: false }),
  )
  .query(({ ctx, input }) => listAdminPeople(ctx.db, input));

/** One person as the edit form shows them, deactivated or not. */
export const person = adminProcedure
  .input(PersonRefSchema)
  .query(({ ctx, input }) => answerAdminErrors(() => adminPerson(ctx.db, input.personId)));

/** Adds a person to a unit with a role; they sign in once their OpenID Connect subject is set. */
export const createPersonProcedure = adminProcedure
  .input(PersonInputSchema)
  .mutation(({ ctx, input }) =>
    answerAdminErrors(() => createPerson(ctx.db, input, changedBy(ctx))),
  );

/**
 * Changes a person's details, role or unit; audited with what changed. With `expected` (the
 * person as the form showed them) it is refused as `changed_meanwhile` if anyone saved them since.
 */
export const updatePersonProcedure = adminProcedure
  .input(
    PersonInputSchema.extend({
      personId: personIdSchema,
      expected: ExpectedPersonSchema.optional(),
    }),
  )
  .mutation(({ ctx, input }) =>
    answerAdminErrors(() => updatePerson(ctx.db, input, changedBy(ctx))),
  );

/** Takes a person out without deleting them: sign-in refused, sessions ended; audited. */
export const deactivatePersonProcedure = adminProcedure
  .input(PersonRefSchema)
  .mutation(({ ctx, input }) =>
    answerAdminErrors(() => deactivatePerson(ctx.db, input, changedBy(ctx))),
  );

/** Lets a deactivated person sign in again; audited. */
export const reactivatePersonProcedure = adminProcedure
  .input(PersonRefSchema)
  .mutation(({ ctx, input }) =>
    answerAdminErrors(() => reactivatePerson(ctx.db, input, changedBy(ctx))),
  );
