import type { RuleId } from "./rules";

/**
 * What kind of failure a code is, so callers can map codes to transport codes in one
 * place without listing every code (the domain itself knows no HTTP or tRPC):
 * `invalid` → 400/BAD_REQUEST · `forbidden` → 403/FORBIDDEN · `not_found` → 404/NOT_FOUND ·
 * `conflict` → 409/CONFLICT (the case's state does not allow it now).
 */
export type DomainErrorKind = "invalid" | "forbidden" | "not_found" | "conflict";

/**
 * Every rule violation the domain can report, one row each:
 * `[rule, kind, Danish message, English message]`. The rule is `null` for malformed input
 * or a generic precondition that breaks no single rule of the model. The codes are a stable
 * contract: the API maps them to HTTP/tRPC codes by kind, other teams switch on them.
 * Messages are shown to users as they are, Danish first.
 *
 * A table of tuples rather than nested objects because the package has a size budget
 * (≤ 30 kB minified, BENCHMARKS.md) and this is its largest single part;
 * `domainErrors` and `domainErrorKinds` are derived from it.
 */
export const errorCatalogue = {
  INVALID_COMMAND: [
    null,
    "invalid",
    "Oplysningerne er ufuldstændige eller ugyldige.",
    "The command is incomplete or invalid.",
  ],
  DUPLICATE_ID: [
    null,
    "conflict",
    "Id'et er allerede brugt i sagen.",
    "The id is already used in the case.",
  ],
  INITIATOR_ROLE_NOT_ALLOWED: [
    "R2",
    "forbidden",
    "Initiativ tages af en medarbejder eller leder med kontakt til borgeren, ikke af en analytiker.",
    "An initiative is taken by a staff member or leader in contact with the citizen, not by an analyst.",
  ],
  INITIATIVE_IN_FUTURE: [
    "R5",
    "invalid",
    "Tidspunktet for initiativet kan ikke ligge i fremtiden.",
    "The time of the initiative cannot be in the future.",
  ],
  CASE_EXCLUDED: [
    "R3",
    "conflict",
    "Borgeren afviser alle tilbud om hjælp og kan ikke være omfattet af samarbejdsmodellen. Overvej PSP-samarbejdet eller en koordinationsplan efter psykiatrilovens § 13 b.",
    "The citizen rejects all offers of help and cannot be included in the collaboration model. Consider the PSP cooperation or a coordination plan under the Psychiatry Act §13b.",
  ],
  NOT_INITIATORS_LEADER: [
    "R5",
    "forbidden",
    "Kun en leder i initiativtagerens egen enhed kan godkende eller afvise initiativet.",
    "Only a leader of the initiator's own unit may endorse or decline the initiative.",
  ],
  WRONG_CASE_STATUS: [
    null,
    "conflict",
    "Handlingen er ikke mulig i sagens nuværende status.",
    "The action is not possible in the case's current status.",
  ],
  NOT_A_LEADER: [
    "R6",
    "forbidden",
    "Kun ledere kan udføre denne handling.",
    "Only leaders may perform this action.",
  ],
  ORGANISATION_NOT_PARTICIPATING: [
    "R6",
    "conflict",
    "Organisationen deltager ikke i sagen; en af dens ledere skal først tilslutte den.",
    "The organisation does not take part in the case; one of its leaders must join it first.",
  ],
  ORGANISATION_ALREADY_PARTICIPATING: [
    "R6",
    "conflict",
    "Organisationen deltager allerede i sagen.",
    "The organisation already takes part in the case.",
  ],
  ORGANISATION_NOT_INVITED: [
    "R6",
    "forbidden",
    "Organisationen er ikke inviteret til sagen. En leder i initiativtagerens enhed eller i en deltagende organisation skal invitere den først.",
    "The organisation has not been invited to the case. A leader of the initiator's unit or of a participating organisation must invite it first.",
  ],
  ORGANISATION_ALREADY_INVITED: [
    "R6",
    "conflict",
    "Organisationen er allerede inviteret til sagen.",
    "The organisation has already been invited to the case.",
  ],
  INITIATORS_ORGANISATION_NOT_INVITED: [
    "R6",
    "conflict",
    "Initiativtagerens egen organisation skal ikke inviteres; en af dens ledere kan tilslutte den direkte.",
    "The initiator's own organisation is not invited; one of its leaders can join it directly.",
  ],
  TOO_FEW_SECTORS: [
    "R6",
    "conflict",
    "Aktivering kræver organisationer fra mindst to sektorer (region, kommune, almen praksis, kriminalforsorgen).",
    "Activation needs organisations from at least two sectors (region, municipality, general practice, probation service).",
  ],
  MEMBER_ALREADY_IN_TEAM: [
    "R6",
    "conflict",
    "Personen er allerede med i teamet.",
    "The person is already in the team.",
  ],
  MEMBER_NOT_IN_TEAM: [
    "R7",
    "not_found",
    "Personen er ikke med i teamet.",
    "The person is not in the team.",
  ],
  COORDINATOR_NOT_A_MEMBER: [
    "R7",
    "invalid",
    "Tovholderen skal være et nuværende medlem af teamet.",
    "The coordinator must be a current member of the team.",
  ],
  COORDINATOR_REPLACEMENT_REQUIRED: [
    "R7",
    "invalid",
    "Tovholderen kan kun fjernes, når en ny tovholder fra teamet udpeges samtidig.",
    "The coordinator can only be removed when a new coordinator from the team is named at the same time.",
  ],
  NOT_COORDINATOR: [
    "R7",
    "forbidden",
    "Kun sagens tovholder kan udføre denne handling.",
    "Only the case's coordinator may perform this action.",
  ],
  NOT_A_TEAM_MEMBER: [
    "R7",
    "forbidden",
    "Kun nuværende medlemmer af teamet kan udføre denne handling.",
    "Only current members of the team may perform this action.",
  ],
  NOT_A_CASE_PARTICIPANT: [
    "R4",
    "forbidden",
    "Du deltager ikke i sagen.",
    "You do not take part in the case.",
  ],
  MEETING_ALREADY_HELD: [
    "R8",
    "conflict",
    "Mødet er allerede registreret som afholdt.",
    "The meeting is already recorded as held.",
  ],
  MEETING_KIND_MISMATCH: [
    "R8",
    "invalid",
    "Mødetypen svarer ikke til det planlagte møde.",
    "The meeting kind does not match the scheduled meeting.",
  ],
  MEETING_HELD_IN_FUTURE: [
    "R8",
    "invalid",
    "Et møde kan ikke registreres som afholdt på et fremtidigt tidspunkt.",
    "A meeting cannot be recorded as held at a future time.",
  ],
  MEETING_SCHEDULED_IN_PAST: [
    "R8",
    "invalid",
    "Et møde kan ikke planlægges i fortiden.",
    "A meeting cannot be scheduled in the past.",
  ],
  PREPARATORY_MEETING_WITH_CITIZEN: [
    "R8",
    "invalid",
    "Et formøde holdes uden borgeren; registrér mødet som samarbejdsmøde, hvis borgeren deltog.",
    "A preparatory meeting is held without the citizen; record it as a collaboration meeting if the citizen took part.",
  ],
  AGREEMENT_NOT_FOUND: [
    null,
    "not_found",
    "Aftaleversionen findes ikke.",
    "The agreement version does not exist.",
  ],
  AGREEMENT_NOT_LATEST_VERSION: [
    null,
    "conflict",
    "Kun den nyeste version af aftalen kan underskrives.",
    "Only the latest version of the agreement can be signed.",
  ],
  AGREEMENT_INCOMPLETE: [
    null,
    "conflict",
    "Aftalen mangler oplysninger og kan ikke underskrives endnu.",
    "The agreement is missing fields and cannot be signed yet.",
  ],
  AGREEMENT_ALREADY_SIGNED: [
    null,
    "conflict",
    "Denne part har allerede underskrevet aftaleversionen.",
    "This party has already signed the agreement version.",
  ],
  SIGNATORY_NOT_ALLOWED: [
    null,
    "forbidden",
    "Du kan ikke underskrive denne aftale i den angivne rolle.",
    "You may not sign this agreement in the given capacity.",
  ],
  CONSENT_NOT_FOUND: ["R4", "not_found", "Samtykket findes ikke.", "The consent does not exist."],
  CONSENT_ALREADY_WITHDRAWN: [
    "R4",
    "conflict",
    "Samtykket er allerede trukket tilbage.",
    "The consent has already been withdrawn.",
  ],
  CONSENT_IN_FUTURE: [
    "R4",
    "invalid",
    "Et samtykke kan ikke registreres som givet eller trukket tilbage i fremtiden.",
    "A consent cannot be recorded as given or withdrawn in the future.",
  ],
  CONSENT_MUST_BE_WRITTEN: [
    "R4",
    "invalid",
    "Samtykke til videregivelse til andre formål end behandling skal være skriftligt.",
    "Consent to disclosure for purposes other than treatment must be written.",
  ],
  CONSENT_EXPIRY_INVALID: [
    "R4",
    "invalid",
    "Udløbet skal ligge efter samtykket, og samtykke til andre formål end behandling gælder højst et år.",
    "The expiry must lie after the consent, and consent for purposes other than treatment lasts at most one year.",
  ],
  NOTICE_NOT_FOUND: [
    "R13",
    "not_found",
    "Ændringsbeskeden findes ikke.",
    "The change notice does not exist.",
  ],
  NOT_A_NOTICE_RECIPIENT: [
    "R13",
    "forbidden",
    "Ændringsbeskeden er ikke sendt til dig.",
    "The change notice was not sent to you.",
  ],
  NOTICE_ALREADY_ACKNOWLEDGED: [
    "R13",
    "conflict",
    "Du har allerede kvitteret for ændringsbeskeden.",
    "You have already acknowledged the change notice.",
  ],
} as const satisfies Record<string, readonly [RuleId | null, DomainErrorKind, string, string]>;

export type DomainErrorCode = keyof typeof errorCatalogue;
