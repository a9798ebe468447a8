import type { RouterInputs } from "@samstemt/api";
import {
  type CitizenStance,
  CitizenStanceSchema,
  CprOrFictionalCprSchema,
  type InitiativeReasonCategory,
  InitiativeReasonsSchema,
  MODEL_START_DAY,
  OptionalTextSchema,
  PersonNameSchema,
} from "@samstemt/domain";
import { civilDate, type DateParts, danishInstant, todayParts } from "@samstemt/ui";
import type { FieldError } from "../../components/error-summary";

/** What the user has typed, exactly as typed: kept on errors, conflicts and going back. */
export interface InitiativeDraft {
  name: string;
  cpr: string;
  initiativeDate: DateParts;
  categories: InitiativeReasonCategory[];
  reasonText: string;
  stance: CitizenStance | "";
  stanceNote: string;
}

/** The ids of the fields, which error summaries and "Ret" links point to. */
export const fieldIds = {
  name: "citizen-name",
  cpr: "citizen-cpr",
  initiativeDate: "initiative-date",
  categories: "reason-self_harm",
  reasonText: "reason-text",
  stance: "stance-accepts_help",
  stanceNote: "stance-note",
} as const satisfies Record<keyof InitiativeDraft, string>;

export type DraftField = keyof typeof fieldIds;

type Translate = (key: string) => string;
type RegisterInput = RouterInputs["initiative"]["registerInitiative"];

const dayNumber = (d: { year: number; month: number; day: number }) =>
  Date.UTC(d.year, d.month - 1, d.day) / 86_400_000;

/**
 * Checks the draft with the domain's own schemas (the server checks them again) and says,
 * per field, what to do — DKFDS style, never "the field is required". Returns the errors,
 * or the procedure's input when there are none.
 */
export function checkDraft(
  draft: InitiativeDraft,
  t: Translate,
  now: Date,
): { errors: FieldError[]; input: RegisterInput | null } {
  const errors: FieldError[] = [];
  const fail = (field: DraftField, key: string) =>
    errors.push({ fieldId: fieldIds[field], message: t(key) });

  const name = PersonNameSchema.safeParse(draft.name);
  if (!name.success) fail("name", "initiativeForm.errors.name");
  const cpr = CprOrFictionalCprSchema.safeParse(draft.cpr);
  if (!cpr.success)
    fail(
      "cpr",
      draft.cpr.trim() ? "initiativeForm.errors.cprInvalid" : "initiativeForm.errors.cprMissing",
    );

  const date = civilDate(draft.initiativeDate);
  const today = civilDate(todayOf(now));
  let initiativeAt: Date | null = null;
  if (!date) fail("initiativeDate", "initiativeForm.errors.dateInvalid");
  else if (today && dayNumber(date) > dayNumber(today))
    fail("initiativeDate", "initiativeForm.errors.dateFuture");
  else if (dayNumber(date) < dayNumber(MODEL_START_DAY))
    fail("initiativeDate", "initiativeForm.errors.dateBeforeModel");
  else {
    // A back-dated initiative counts from noon that day; one taken today, from now (R9).
    initiativeAt = today && dayNumber(date) === dayNumber(today) ? now : danishInstant(date, 12, 0);
  }

  const text = OptionalTextSchema.safeParse(draft.reasonText);
  const reasons = InitiativeReasonsSchema.safeParse({
    categories: draft.categories,
    text: text.success ? text.data : null,
  });
  if (!text.success) fail("reasonText", "initiativeForm.errors.reasonTextInvalid");
  else if (!reasons.success) {
    if (draft.categories.length === 0 && !text.data)
      fail("categories", "initiativeForm.errors.reasonsMissing");
    else fail("reasonText", "initiativeForm.errors.otherNeedsText");
  }

  const stance = CitizenStanceSchema.safeParse(draft.stance);
  if (!stance.success) fail("stance", "initiativeForm.errors.stance");
  const note = OptionalTextSchema.safeParse(draft.stanceNote);
  if (!note.success) fail("stanceNote", "initiativeForm.errors.noteInvalid");

  if (
    errors.length > 0 ||
    !name.success ||
    !cpr.success ||
    !initiativeAt ||
    !reasons.success ||
    !stance.success ||
    !note.success
  ) {
    return { errors, input: null };
  }
  return {
    errors,
    input: {
      citizen: { cpr: draft.cpr.trim(), name: name.data },
      initiativeAt,
      reasons: { categories: draft.categories, text: text.success ? text.data : null },
      citizenStance: stance.data,
      citizenStanceNote: note.data,
    },
  };
}

const todayOf = (now: Date): DateParts => todayParts(now);

/** Where a server-side field error (zod path) belongs in the form. */
export function fieldOfPath(path: readonly PropertyKey[]): DraftField | null {
  const [first, second] = path.map(String);
  if (first === "citizen") return second === "cpr" ? "cpr" : "name";
  if (first === "initiativeAt") return "initiativeDate";
  if (first === "reasons") return second === "text" ? "reasonText" : "categories";
  if (first === "citizenStance") return "stance";
  if (first === "citizenStanceNote") return "stanceNote";
  return null;
}
