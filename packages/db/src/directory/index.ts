export { organisationExists } from "./organisation-exists";
export { type DirectoryPerson, peopleById } from "./people-by-id";
