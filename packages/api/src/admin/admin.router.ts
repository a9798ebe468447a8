import { router } from "../trpc";
import {
  access,
  grantAdministratorProcedure,
  revokeAdministratorProcedure,
} from "./administrators";
import {
  createOrganisationProcedure,
  organisations,
  updateOrganisationProcedure,
} from "./organisations";
import {
  createPersonProcedure,
  deactivatePersonProcedure,
  people,
  person,
  reactivatePersonProcedure,
  updatePersonProcedure,
} from "./people";
import { createUnitProcedure, units, updateUnitProcedure } from "./units";

/**
 * Administration (issue 10): organisations, units, people, roles and administrator rights.
 * The only way to grant access to Samstemt; every change is audited in its own transaction.
 */
export const adminRouter = router({
  access,
  organisations,
  createOrganisation: createOrganisationProcedure,
  updateOrganisation: updateOrganisationProcedure,
  units,
  createUnit: createUnitProcedure,
  updateUnit: updateUnitProcedure,
  people,
  person,
  createPerson: createPersonProcedure,
  updatePerson: updatePersonProcedure,
  deactivatePerson: deactivatePersonProcedure,
  reactivatePerson: reactivatePersonProcedure,
  grantAdministrator: grantAdministratorProcedure,
  revokeAdministrator: revokeAdministratorProcedure,
});
