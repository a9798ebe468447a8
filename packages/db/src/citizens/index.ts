export { findOrCreateCitizen, type StoredCitizen } from "./find-or-create-citizen";
