import type { DomainErrorKind } from "./error-catalogue";
import type { RuleId } from "./rules";

/**
 * The dates of a case outside the window the model allows (see `time/date-window.ts` and
 * the `*-dates.ts` rule files next to each feature). Part of the error catalogue.
 */
export const dateWindowErrors = {
  MEETING_HELD_BEFORE_INITIATIVE: {
    rule: "R9",
    kind: "invalid",
    da: "Et møde kan ikke være holdt før den dag, initiativet til samarbejdsmodellen blev taget.",
    en: "A meeting cannot have been held before the day the initiative to activate the model was taken.",
  },
  MEETING_SCHEDULED_TOO_FAR_AHEAD: {
    rule: "R7",
    kind: "invalid",
    da: "Et møde kan højst planlægges et år frem.",
    en: "A meeting can be scheduled at most one year ahead.",
  },
  CHANGE_EFFECTIVE_OUTSIDE_WINDOW: {
    rule: "R13",
    kind: "invalid",
    da: "En ændring kan ikke gælde fra før den dag, initiativet til samarbejdsmodellen blev taget, eller fra mere end et år frem.",
    en: "A change cannot take effect before the day the initiative to activate the model was taken, or more than one year ahead.",
  },
  CONSENT_GIVEN_BEFORE_MODEL: {
    rule: "R4",
    kind: "invalid",
    da: "Et samtykke kan ikke være givet før 1. januar 2018, før samarbejdsmodellen fandtes.",
    en: "A consent cannot have been given before 1 January 2018, before the collaboration model existed.",
  },
  CONSENT_EXPIRY_TOO_FAR_AHEAD: {
    rule: "R4",
    kind: "invalid",
    da: "Et samtykke kan højst have en udløbsdato fem år efter, det blev givet. Gælder det, indtil borgeren trækker det tilbage, så lad udløbsdatoen være tom.",
    en: "A consent's expiry can be at most five years after it was given. If it lasts until the citizen withdraws it, leave the expiry empty.",
  },
  CONSENT_WITHDRAWN_BEFORE_GIVEN: {
    rule: "R4",
    kind: "invalid",
    da: "Et samtykke kan ikke være trukket tilbage før den dag, det blev givet.",
    en: "A consent cannot have been withdrawn before the day it was given.",
  },
  CITIZEN_AGREED_OUTSIDE_WINDOW: {
    rule: "R11",
    kind: "invalid",
    da: "Borgerens tilslutning til aftalen kan ikke ligge i fremtiden eller før den dag, initiativet til samarbejdsmodellen blev taget.",
    en: "The citizen's agreement cannot lie in the future or before the day the initiative to activate the model was taken.",
  },
} as const satisfies Record<
  string,
  { rule: RuleId | null; kind: DomainErrorKind; da: string; en: string }
>;
