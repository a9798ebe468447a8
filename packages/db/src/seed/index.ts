// `@samstemt/db/seed`: made-up demo data, kept out of the production import path. Only demo
// mode, `pnpm db:seed` and tests load it.
export { demoCases } from "./demo-cases";
export { DEMO_ADMINISTRATOR, demoEmail, demoOrganisations } from "./demo-organisations";
export { fictionalCpr, isFictionalCpr } from "./fictional-cpr";
export { demoQuarterHistory, quarterHistoryCases, seedQuarterHistory } from "./quarter-history";
export { type SeedResult, seedDemoData } from "./seed-demo";
