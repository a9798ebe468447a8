export type { AdminChangeBy } from "./admin-audit";
export { AdminError, type AdminErrorCode, type AdminErrorField } from "./admin-error";
export {
  grantAdministrator,
  isActiveAdministrator,
  revokeAdministrator,
} from "./administrators";
export {
  type AdminOrganisation,
  createOrganisation,
  listAdminOrganisations,
  type OrganisationInput,
  updateOrganisation,
} from "./organisations";
export {
  ADMIN_PEOPLE_LIMIT,
  type AdminPeopleFilter,
  type AdminPerson,
  adminPerson,
  createPerson,
  deactivatePerson,
  listAdminPeople,
  type PersonInput,
  personInputOf,
  reactivatePerson,
  updatePerson,
} from "./people";
export { type AdminUnit, createUnit, listAdminUnits, updateUnit } from "./units";
