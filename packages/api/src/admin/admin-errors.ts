import { AdminError, type AdminErrorCode, type AdminErrorField } from "@samstemt/db";
import { TRPCError } from "@trpc/server";

const answers: Record<AdminErrorCode, { code: TRPCError["code"]; da: string; en: string }> = {
  organisation_name_taken: {
    code: "CONFLICT",
    da: "Der findes allerede en organisation med det navn. Skriv et andet navn.",
    en: "An organisation with that name already exists. Enter another name.",
  },
  unit_name_taken: {
    code: "CONFLICT",
    da: "Organisationen har allerede en enhed med det navn. Skriv et andet navn.",
    en: "The organisation already has a unit with that name. Enter another name.",
  },
  subject_taken: {
    code: "CONFLICT",
    da: "En anden person har allerede dette login-id (OpenID Connect subject).",
    en: "Another person already has this sign-in id (OpenID Connect subject).",
  },
  organisation_not_found: {
    code: "NOT_FOUND",
    da: "Organisationen findes ikke.",
    en: "The organisation does not exist.",
  },
  unit_not_found: { code: "NOT_FOUND", da: "Enheden findes ikke.", en: "The unit does not exist." },
  person_not_found: {
    code: "NOT_FOUND",
    da: "Personen findes ikke.",
    en: "The person does not exist.",
  },
  person_deactivated: {
    code: "CONFLICT",
    da: "Personen er deaktiveret. Genaktivér personen først.",
    en: "The person is deactivated. Reactivate them first.",
  },
  own_account: {
    code: "CONFLICT",
    da: "Du kan ikke deaktivere dig selv eller fjerne dine egne administratorrettigheder. Bed en anden administrator om det.",
    en: "You cannot deactivate yourself or remove your own administrator rights. Ask another administrator.",
  },
  on_open_cases: {
    code: "CONFLICT",
    da: "Personen er med i teamet i en eller flere åbne sager og kan ikke flyttes til en anden organisation. Tag først personen ud af teamet i sagerne.",
    en: "The person is on the team of one or more open cases and cannot move to another organisation. Take them off those teams first.",
  },
  last_leader: {
    code: "CONFLICT",
    da: "Personen er den eneste leder af enheden, og der venter initiativer på en leders beslutning. Gør først en anden person i enheden til leder.",
    en: "The person is the unit's only leader, and initiatives are waiting for a leader's decision. Make another person in the unit a leader first.",
  },
  changed_meanwhile: {
    code: "CONFLICT",
    da: "En anden har gemt ændringer, siden du åbnede siden. Dine ændringer er ikke gemt – de står stadig i felterne.",
    en: "Someone else saved changes after you opened the page. Your changes are not saved – they are still in the fields.",
  },
};

/** What the client reads in `data.domainError`: the field and the text in both languages. */
export interface AdminRefusal {
  code: AdminErrorCode;
  field: AdminErrorField;
  message: { da: string; en: string };
}

/** Carries the refusal to the client as the staff app reads domain errors. */
class AdminErrorCause extends Error {
  constructor(readonly domainError: AdminRefusal) {
    super(domainError.message.en);
    this.name = "AdminErrorCause";
  }
}

/** Runs a db command and turns its typed refusal into the API's answer (never a 500). */
export async function answerAdminErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof AdminError)) throw error;
    const answer = answers[error.code];
    throw new TRPCError({
      code: answer.code,
      message: answer.da,
      cause: new AdminErrorCause({
        code: error.code,
        field: error.field,
        message: { da: answer.da, en: answer.en },
      }),
    });
  }
}
