import type { RuleId } from "./rules";

export interface LocalizedText {
  da: string;
  en: string;
}

interface ErrorDefinition {
  /** The rule the error enforces; `null` for malformed input that breaks no rule of the model. */
  rule: RuleId | null;
  message: LocalizedText;
}

/**
 * Every rule violation the domain can report. The codes are a stable contract: the API
 * maps them to HTTP/tRPC codes in one place, other teams switch on them. Messages are
 * shown to users as they are, Danish first.
 */
export const domainErrors = {
  INVALID_COMMAND: {
    rule: null,
    message: {
      da: "Oplysningerne er ufuldstændige eller ugyldige.",
      en: "The command is incomplete or invalid.",
    },
  },
  DUPLICATE_ID: {
    rule: null,
    message: { da: "Id'et er allerede brugt i sagen.", en: "The id is already used in the case." },
  },
  INITIATOR_ROLE_NOT_ALLOWED: {
    rule: "R2",
    message: {
      da: "Initiativ tages af en medarbejder eller leder med kontakt til borgeren, ikke af en analytiker.",
      en: "An initiative is taken by a staff member or leader in contact with the citizen, not by an analyst.",
    },
  },
  INITIATIVE_IN_FUTURE: {
    rule: "R5",
    message: {
      da: "Tidspunktet for initiativet kan ikke ligge i fremtiden.",
      en: "The time of the initiative cannot be in the future.",
    },
  },
  CASE_EXCLUDED: {
    rule: "R3",
    message: {
      da: "Borgeren afviser alle tilbud om hjælp og kan ikke være omfattet af samarbejdsmodellen. Overvej PSP-samarbejdet eller en koordinationsplan efter psykiatrilovens § 13 b.",
      en: "The citizen rejects all offers of help and cannot be included in the collaboration model. Consider the PSP cooperation or a coordination plan under the Psychiatry Act §13b.",
    },
  },
  NOT_INITIATORS_LEADER: {
    rule: "R5",
    message: {
      da: "Kun en leder i initiativtagerens egen enhed kan godkende eller afvise initiativet.",
      en: "Only a leader of the initiator's own unit may endorse or decline the initiative.",
    },
  },
  WRONG_CASE_STATUS: {
    rule: null,
    message: {
      da: "Handlingen er ikke mulig i sagens nuværende status.",
      en: "The action is not possible in the case's current status.",
    },
  },
  NOT_A_LEADER: {
    rule: "R6",
    message: {
      da: "Kun ledere kan udføre denne handling.",
      en: "Only leaders may perform this action.",
    },
  },
  ORGANISATION_NOT_PARTICIPATING: {
    rule: "R6",
    message: {
      da: "Organisationen deltager ikke i sagen; en af dens ledere skal først tilslutte den.",
      en: "The organisation does not take part in the case; one of its leaders must join it first.",
    },
  },
  ORGANISATION_ALREADY_PARTICIPATING: {
    rule: "R6",
    message: {
      da: "Organisationen deltager allerede i sagen.",
      en: "The organisation already takes part in the case.",
    },
  },
  TOO_FEW_SECTORS: {
    rule: "R6",
    message: {
      da: "Aktivering kræver organisationer fra mindst to sektorer (region, kommune, almen praksis, kriminalforsorgen).",
      en: "Activation needs organisations from at least two sectors (region, municipality, general practice, probation service).",
    },
  },
  MEMBER_ALREADY_IN_TEAM: {
    rule: "R6",
    message: { da: "Personen er allerede med i teamet.", en: "The person is already in the team." },
  },
  MEMBER_NOT_IN_TEAM: {
    rule: "R7",
    message: { da: "Personen er ikke med i teamet.", en: "The person is not in the team." },
  },
  COORDINATOR_NOT_A_MEMBER: {
    rule: "R7",
    message: {
      da: "Tovholderen skal være et nuværende medlem af teamet.",
      en: "The coordinator must be a current member of the team.",
    },
  },
  COORDINATOR_REPLACEMENT_REQUIRED: {
    rule: "R7",
    message: {
      da: "Tovholderen kan kun fjernes, når en ny tovholder fra teamet udpeges samtidig.",
      en: "The coordinator can only be removed when a new coordinator from the team is named at the same time.",
    },
  },
  NOT_COORDINATOR: {
    rule: "R7",
    message: {
      da: "Kun sagens tovholder kan udføre denne handling.",
      en: "Only the case's coordinator may perform this action.",
    },
  },
  NOT_A_TEAM_MEMBER: {
    rule: "R7",
    message: {
      da: "Kun nuværende medlemmer af teamet kan udføre denne handling.",
      en: "Only current members of the team may perform this action.",
    },
  },
  NOT_A_CASE_PARTICIPANT: {
    rule: "R4",
    message: {
      da: "Du deltager ikke i sagen.",
      en: "You do not take part in the case.",
    },
  },
  MEETING_ALREADY_HELD: {
    rule: "R8",
    message: {
      da: "Mødet er allerede registreret som afholdt.",
      en: "The meeting is already recorded as held.",
    },
  },
  MEETING_KIND_MISMATCH: {
    rule: "R8",
    message: {
      da: "Mødetypen svarer ikke til det planlagte møde.",
      en: "The meeting kind does not match the scheduled meeting.",
    },
  },
  MEETING_HELD_IN_FUTURE: {
    rule: "R8",
    message: {
      da: "Et møde kan ikke registreres som afholdt på et fremtidigt tidspunkt.",
      en: "A meeting cannot be recorded as held at a future time.",
    },
  },
  MEETING_SCHEDULED_IN_PAST: {
    rule: "R8",
    message: {
      da: "Et møde kan ikke planlægges i fortiden.",
      en: "A meeting cannot be scheduled in the past.",
    },
  },
  PREPARATORY_MEETING_WITH_CITIZEN: {
    rule: "R8",
    message: {
      da: "Et formøde holdes uden borgeren; registrér mødet som samarbejdsmøde, hvis borgeren deltog.",
      en: "A preparatory meeting is held without the citizen; record it as a collaboration meeting if the citizen took part.",
    },
  },
  AGREEMENT_NOT_FOUND: {
    rule: null,
    message: {
      da: "Aftaleversionen findes ikke.",
      en: "The agreement version does not exist.",
    },
  },
  AGREEMENT_NOT_LATEST_VERSION: {
    rule: null,
    message: {
      da: "Kun den nyeste version af aftalen kan underskrives.",
      en: "Only the latest version of the agreement can be signed.",
    },
  },
  AGREEMENT_INCOMPLETE: {
    rule: null,
    message: {
      da: "Aftalen mangler oplysninger og kan ikke underskrives endnu.",
      en: "The agreement is missing fields and cannot be signed yet.",
    },
  },
  AGREEMENT_ALREADY_SIGNED: {
    rule: null,
    message: {
      da: "Denne part har allerede underskrevet aftaleversionen.",
      en: "This party has already signed the agreement version.",
    },
  },
  SIGNATORY_NOT_ALLOWED: {
    rule: null,
    message: {
      da: "Du kan ikke underskrive denne aftale i den angivne rolle.",
      en: "You may not sign this agreement in the given capacity.",
    },
  },
  CONSENT_NOT_FOUND: {
    rule: "R4",
    message: { da: "Samtykket findes ikke.", en: "The consent does not exist." },
  },
  CONSENT_ALREADY_WITHDRAWN: {
    rule: "R4",
    message: {
      da: "Samtykket er allerede trukket tilbage.",
      en: "The consent has already been withdrawn.",
    },
  },
  CONSENT_IN_FUTURE: {
    rule: "R4",
    message: {
      da: "Et samtykke kan ikke registreres som givet eller trukket tilbage i fremtiden.",
      en: "A consent cannot be recorded as given or withdrawn in the future.",
    },
  },
  CONSENT_MUST_BE_WRITTEN: {
    rule: "R4",
    message: {
      da: "Samtykke til videregivelse til andre formål end behandling skal være skriftligt.",
      en: "Consent to disclosure for purposes other than treatment must be written.",
    },
  },
  CONSENT_EXPIRY_INVALID: {
    rule: "R4",
    message: {
      da: "Udløbet skal ligge efter samtykket, og samtykke til andre formål end behandling gælder højst et år.",
      en: "The expiry must lie after the consent, and consent for purposes other than treatment lasts at most one year.",
    },
  },
  NOTICE_NOT_FOUND: {
    rule: "R13",
    message: { da: "Ændringsbeskeden findes ikke.", en: "The change notice does not exist." },
  },
  NOT_A_NOTICE_RECIPIENT: {
    rule: "R13",
    message: {
      da: "Ændringsbeskeden er ikke sendt til dig.",
      en: "The change notice was not sent to you.",
    },
  },
  NOTICE_ALREADY_ACKNOWLEDGED: {
    rule: "R13",
    message: {
      da: "Du har allerede kvitteret for ændringsbeskeden.",
      en: "You have already acknowledged the change notice.",
    },
  },
} as const satisfies Record<string, ErrorDefinition>;

export type DomainErrorCode = keyof typeof domainErrors;
export const domainErrorCodes = Object.keys(domainErrors) as DomainErrorCode[];

export interface DomainError {
  code: DomainErrorCode;
  /** The rule that was broken; `null` for malformed input or a generic precondition. */
  rule: RuleId | null;
  message: LocalizedText;
  details?: Record<string, unknown>;
}

/**
 * Builds a domain error. `rule` overrides the code's default rule where one code guards
 * several rules (e.g. WRONG_CASE_STATUS, AGREEMENT_INCOMPLETE for R10 or R11).
 */
export function domainError(
  code: DomainErrorCode,
  options: { rule?: RuleId | null; details?: Record<string, unknown> } = {},
): DomainError {
  const definition: ErrorDefinition = domainErrors[code];
  const error: DomainError = {
    code,
    rule: options.rule === undefined ? definition.rule : options.rule,
    message: definition.message,
  };
  if (options.details !== undefined) error.details = options.details;
  return error;
}
