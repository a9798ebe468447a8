import { dateWindowErrors } from "./date-window-errors";
import type { RuleId } from "./rules";

/**
 * What kind of failure a code is, so callers can map codes to transport codes in one
 * place without listing every code (the domain itself knows no HTTP or tRPC):
 * `invalid` → 400/BAD_REQUEST · `forbidden` → 403/FORBIDDEN · `not_found` → 404/NOT_FOUND ·
 * `conflict` → 409/CONFLICT (the case's state does not allow it now).
 */
export type DomainErrorKind = "invalid" | "forbidden" | "not_found" | "conflict";

/**
 * Every rule violation the domain can report: the rule it enforces, its kind, and the
 * Danish and English message. The rule is `null` for malformed input or a generic
 * precondition that breaks no single rule of the model. The codes are a stable contract:
 * the API maps them to HTTP/tRPC codes by kind, other teams switch on them. Messages are
 * shown to users as they are, Danish first. `domainErrors` and `domainErrorKinds` are
 * derived from this table.
 */
export const errorCatalogue = {
  ...dateWindowErrors,
  INVALID_COMMAND: {
    rule: null,
    kind: "invalid",
    da: "Oplysningerne er ufuldstændige eller ugyldige.",
    en: "The command is incomplete or invalid.",
  },
  DUPLICATE_ID: {
    rule: null,
    kind: "conflict",
    da: "Id'et er allerede brugt i sagen.",
    en: "The id is already used in the case.",
  },
  INITIATOR_ROLE_NOT_ALLOWED: {
    rule: "R2",
    kind: "forbidden",
    da: "Initiativ tages af en medarbejder eller leder med kontakt til borgeren, ikke af en analytiker.",
    en: "An initiative is taken by a staff member or leader in contact with the citizen, not by an analyst.",
  },
  INITIATIVE_IN_FUTURE: {
    rule: "R5",
    kind: "invalid",
    da: "Tidspunktet for initiativet kan ikke ligge i fremtiden.",
    en: "The time of the initiative cannot be in the future.",
  },
  INITIATIVE_BEFORE_MODEL: {
    rule: "R5",
    kind: "invalid",
    da: "Tidspunktet for initiativet kan ikke ligge før 1. januar 2018, før samarbejdsmodellen fandtes.",
    en: "The time of the initiative cannot be before 1 January 2018, before the collaboration model existed.",
  },
  CASE_EXCLUDED: {
    rule: "R3",
    kind: "conflict",
    da: "Borgeren afviser alle tilbud om hjælp og kan ikke være omfattet af samarbejdsmodellen. Overvej PSP-samarbejdet eller en koordinationsplan efter psykiatrilovens § 13 b.",
    en: "The citizen rejects all offers of help and cannot be included in the collaboration model. Consider the PSP cooperation or a coordination plan under the Psychiatry Act §13b.",
  },
  NOT_INITIATORS_LEADER: {
    rule: "R5",
    kind: "forbidden",
    da: "Kun en leder i initiativtagerens egen enhed kan godkende eller afvise initiativet.",
    en: "Only a leader of the initiator's own unit may endorse or decline the initiative.",
  },
  WRONG_CASE_STATUS: {
    rule: null,
    kind: "conflict",
    da: "Handlingen er ikke mulig i sagens nuværende status.",
    en: "The action is not possible in the case's current status.",
  },
  NOT_A_LEADER: {
    rule: "R6",
    kind: "forbidden",
    da: "Kun ledere kan udføre denne handling.",
    en: "Only leaders may perform this action.",
  },
  ORGANISATION_NOT_PARTICIPATING: {
    rule: "R6",
    kind: "conflict",
    da: "Organisationen deltager ikke i sagen; en af dens ledere skal først tilslutte den.",
    en: "The organisation does not take part in the case; one of its leaders must join it first.",
  },
  ORGANISATION_ALREADY_PARTICIPATING: {
    rule: "R6",
    kind: "conflict",
    da: "Organisationen deltager allerede i sagen.",
    en: "The organisation already takes part in the case.",
  },
  ORGANISATION_NOT_INVITED: {
    rule: "R6",
    kind: "forbidden",
    da: "Organisationen er ikke inviteret til sagen. En leder i initiativtagerens enhed eller i en deltagende organisation skal invitere den først.",
    en: "The organisation has not been invited to the case. A leader of the initiator's unit or of a participating organisation must invite it first.",
  },
  ORGANISATION_ALREADY_INVITED: {
    rule: "R6",
    kind: "conflict",
    da: "Organisationen er allerede inviteret til sagen.",
    en: "The organisation has already been invited to the case.",
  },
  INITIATORS_ORGANISATION_NOT_INVITED: {
    rule: "R6",
    kind: "conflict",
    da: "Initiativtagerens egen organisation skal ikke inviteres; en af dens ledere kan tilslutte den direkte.",
    en: "The initiator's own organisation is not invited; one of its leaders can join it directly.",
  },
  TOO_FEW_SECTORS: {
    rule: "R6",
    kind: "conflict",
    da: "Aktivering kræver organisationer fra mindst to sektorer (region, kommune, almen praksis, kriminalforsorgen).",
    en: "Activation needs organisations from at least two sectors (region, municipality, general practice, probation service).",
  },
  MEMBER_ALREADY_IN_TEAM: {
    rule: "R6",
    kind: "conflict",
    da: "Personen er allerede med i teamet.",
    en: "The person is already in the team.",
  },
  MEMBER_NOT_IN_TEAM: {
    rule: "R7",
    kind: "not_found",
    da: "Personen er ikke med i teamet.",
    en: "The person is not in the team.",
  },
  COORDINATOR_NOT_A_MEMBER: {
    rule: "R7",
    kind: "invalid",
    da: "Tovholderen skal være et nuværende medlem af teamet.",
    en: "The coordinator must be a current member of the team.",
  },
  COORDINATOR_REPLACEMENT_REQUIRED: {
    rule: "R7",
    kind: "invalid",
    da: "Tovholderen kan kun fjernes, når en ny tovholder fra teamet udpeges samtidig.",
    en: "The coordinator can only be removed when a new coordinator from the team is named at the same time.",
  },
  NOT_COORDINATOR: {
    rule: "R7",
    kind: "forbidden",
    da: "Kun sagens tovholder kan udføre denne handling.",
    en: "Only the case's coordinator may perform this action.",
  },
  NOT_A_TEAM_MEMBER: {
    rule: "R7",
    kind: "forbidden",
    da: "Kun nuværende medlemmer af teamet kan udføre denne handling.",
    en: "Only current members of the team may perform this action.",
  },
  NOT_A_CASE_PARTICIPANT: {
    rule: "R4",
    kind: "forbidden",
    da: "Du deltager ikke i sagen.",
    en: "You do not take part in the case.",
  },
  MEETING_ALREADY_HELD: {
    rule: "R8",
    kind: "conflict",
    da: "Mødet er allerede registreret som afholdt.",
    en: "The meeting is already recorded as held.",
  },
  MEETING_KIND_MISMATCH: {
    rule: "R8",
    kind: "invalid",
    da: "Mødetypen svarer ikke til det planlagte møde.",
    en: "The meeting kind does not match the scheduled meeting.",
  },
  MEETING_HELD_IN_FUTURE: {
    rule: "R8",
    kind: "invalid",
    da: "Et møde kan ikke registreres som afholdt på et fremtidigt tidspunkt.",
    en: "A meeting cannot be recorded as held at a future time.",
  },
  MEETING_SCHEDULED_IN_PAST: {
    rule: "R8",
    kind: "invalid",
    da: "Et møde kan ikke planlægges i fortiden.",
    en: "A meeting cannot be scheduled in the past.",
  },
  PREPARATORY_MEETING_WITH_CITIZEN: {
    rule: "R8",
    kind: "invalid",
    da: "Et formøde holdes uden borgeren; registrér mødet som samarbejdsmøde, hvis borgeren deltog.",
    en: "A preparatory meeting is held without the citizen; record it as a collaboration meeting if the citizen took part.",
  },
  AGREEMENT_NOT_FOUND: {
    rule: null,
    kind: "not_found",
    da: "Aftaleversionen findes ikke.",
    en: "The agreement version does not exist.",
  },
  AGREEMENT_NOT_LATEST_VERSION: {
    rule: null,
    kind: "conflict",
    da: "Kun den nyeste version af aftalen kan underskrives.",
    en: "Only the latest version of the agreement can be signed.",
  },
  AGREEMENT_NOT_READABLE: {
    rule: "R4",
    kind: "conflict",
    da: "Aftalen kan først underskrives, når borgerens samtykke lader dens indhold nå din organisation.",
    en: "The agreement can be signed only once the citizen's consent lets its content reach your organisation.",
  },
  AGREEMENT_DRAFT_NOT_READABLE: {
    rule: "R4",
    kind: "conflict",
    da: "Aftalen kan først redigeres, når borgerens samtykke lader dens nyeste version nå din organisation.",
    en: "The agreement can be edited only once the citizen's consent lets its latest version reach your organisation.",
  },
  AGREEMENT_INCOMPLETE: {
    rule: null,
    kind: "conflict",
    da: "Aftalen mangler oplysninger og kan ikke underskrives endnu.",
    en: "The agreement is missing fields and cannot be signed yet.",
  },
  AGREEMENT_ALREADY_SIGNED: {
    rule: null,
    kind: "conflict",
    da: "Denne part har allerede underskrevet aftaleversionen.",
    en: "This party has already signed the agreement version.",
  },
  SIGNATORY_NOT_ALLOWED: {
    rule: null,
    kind: "forbidden",
    da: "Du kan ikke underskrive denne aftale i den angivne rolle.",
    en: "You may not sign this agreement in the given capacity.",
  },
  CONSENT_NOT_FOUND: {
    rule: "R4",
    kind: "not_found",
    da: "Samtykket findes ikke.",
    en: "The consent does not exist.",
  },
  CONSENT_ALREADY_WITHDRAWN: {
    rule: "R4",
    kind: "conflict",
    da: "Samtykket er allerede trukket tilbage.",
    en: "The consent has already been withdrawn.",
  },
  CONSENT_ALREADY_CORRECTED: {
    rule: "R4",
    kind: "conflict",
    da: "Registreringen af samtykket er allerede rettet som en fejl.",
    en: "The consent registration has already been corrected as a mistake.",
  },
  CONSENT_CORRECTION_NOT_OWN_REGISTRATION: {
    rule: "R4",
    kind: "forbidden",
    da: "Kun den organisation, der registrerede samtykket, kan rette registreringen. Kontakt den, der registrerede det.",
    en: "Only the organisation that registered the consent can correct the registration. Contact the person who registered it.",
  },
  CONSENT_IN_FUTURE: {
    rule: "R4",
    kind: "invalid",
    da: "Et samtykke kan ikke registreres som givet eller trukket tilbage i fremtiden.",
    en: "A consent cannot be recorded as given or withdrawn in the future.",
  },
  CONSENT_MUST_BE_WRITTEN: {
    rule: "R4",
    kind: "invalid",
    da: "Samtykke til videregivelse til andre formål end behandling skal være skriftligt.",
    en: "Consent to disclosure for purposes other than treatment must be written.",
  },
  CONSENT_EXPIRY_INVALID: {
    rule: "R4",
    kind: "invalid",
    da: "Udløbet skal ligge efter samtykket, og samtykke til andre formål end behandling gælder højst et år.",
    en: "The expiry must lie after the consent, and consent for purposes other than treatment lasts at most one year.",
  },
  NOTICE_NOT_FOUND: {
    rule: "R13",
    kind: "not_found",
    da: "Ændringsbeskeden findes ikke.",
    en: "The change notice does not exist.",
  },
  NOT_A_NOTICE_RECIPIENT: {
    rule: "R13",
    kind: "forbidden",
    da: "Ændringsbeskeden er ikke sendt til dig.",
    en: "The change notice was not sent to you.",
  },
  NOTICE_ALREADY_ACKNOWLEDGED: {
    rule: "R13",
    kind: "conflict",
    da: "Du har allerede kvitteret for ændringsbeskeden.",
    en: "You have already acknowledged the change notice.",
  },
} as const satisfies Record<
  string,
  { rule: RuleId | null; kind: DomainErrorKind; da: string; en: string }
>;

export type DomainErrorCode = keyof typeof errorCatalogue;
