import {
  CorrectConsentRegistrationCommandSchema,
  correctConsentRegistration,
} from "@samstemt/domain";
import { caseCommandInput, caseCommandProcedure } from "../cases/case-command-procedure";

/** R4: a consent registered by mistake is corrected, with a reason — not withdrawn. */
export const correctConsentRegistrationProcedure = caseCommandProcedure({
  name: "correctConsentRegistration",
  input: caseCommandInput(CorrectConsentRegistrationCommandSchema),
  decide: correctConsentRegistration,
});
