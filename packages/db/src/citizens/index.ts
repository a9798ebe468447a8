export { citizenNames } from "./citizen-names";
export {
  createProvisionalCitizen,
  findOrCreateCitizen,
  listProvisionalCitizenCases,
  type ProvisionalCitizenCase,
  type StoredCitizen,
} from "./find-or-create-citizen";
