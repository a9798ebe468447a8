export { type ActingPerson, actorByPersonId } from "./actor-by-person-id";
export { type DirectoryOrganisation, listOrganisations } from "./list-organisations";
export { organisationExists } from "./organisation-exists";
export { type DirectoryPerson, peopleById } from "./people-by-id";
export { type DirectoryStaffMember, peopleInOrganisations } from "./people-in-organisations";
