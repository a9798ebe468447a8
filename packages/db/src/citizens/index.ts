export { citizenNames } from "./citizen-names";
export {
  createProvisionalCitizen,
  findOrCreateCitizen,
  listProvisionalCitizenCases,
  type ProvisionalCitizenCase,
  type StoredCitizen,
} from "./find-or-create-citizen";
export {
  attachCaseToKnownCitizen,
  lockProvisionalRegistration,
  type ProvisionalRegistration,
} from "./resolve-provisional-citizen";
