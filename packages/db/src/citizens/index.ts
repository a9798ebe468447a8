export { citizenNames } from "./citizen-names";
export { CPR_LOOKUP_ACTION, reserveCprLookup } from "./cpr-lookup";
export {
  type LockedRegistration,
  listUncheckedRegistrations,
  lockUncheckedRegistration,
  settleRegisterCheck,
  type UncheckedRegistration,
} from "./register-check";
export { createRegisteredCitizen } from "./registered-citizen";
