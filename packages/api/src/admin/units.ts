import { createUnit, listAdminUnits, updateUnit } from "@samstemt/db";
import { z } from "zod";
import { answerAdminErrors } from "./admin-errors";
import {
  ExpectedUnitSchema,
  organisationIdSchema,
  UnitInputSchema,
  unitIdSchema,
} from "./admin-inputs";
import { adminProcedure, changedBy } from "./admin-procedure";

/** Units with their organisation and leaders; one organisation's when it is named. */
export const units = adminProcedure
  .input(z.strictObject({ organisationId: organisationIdSchema.optional() }).default({}))
  .query(({ ctx, input }) => listAdminUnits(ctx.db, input));

/** Adds a unit to an organisation; audited. */
export const createUnitProcedure = adminProcedure
  .input(UnitInputSchema)
  .mutation(({ ctx, input }) => answerAdminErrors(() => createUnit(ctx.db, input, changedBy(ctx))));

/** Renames a unit (it stays in its organisation); audited. Refused if renamed since `expected`. */
export const updateUnitProcedure = adminProcedure
  .input(
    UnitInputSchema.omit({ organisationId: true }).extend({
      unitId: unitIdSchema,
      expected: ExpectedUnitSchema.optional(),
    }),
  )
  .mutation(({ ctx, input }) => answerAdminErrors(() => updateUnit(ctx.db, input, changedBy(ctx))));
