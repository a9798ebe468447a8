import type { FieldErrors } from "./admin-form-errors";

/** Whether a refused save was refused because someone else saved the record meanwhile. */
export const isChangedMeanwhile = (error: unknown): boolean =>
  (error as { data?: { domainError?: { code?: string } | null } }).data?.domainError?.code ===
  "changed_meanwhile";

/**
 * After a `changed_meanwhile` refusal: the fields another administrator changed since the
 * form was opened. One this user left alone takes the saved value (`takeOver`); one they
 * changed too keeps their text. Each gets a message saying which, with the saved value.
 */
export function mergeChangedMeanwhile<F extends string, T extends Record<F, string>>(input: {
  fields: readonly F[];
  /** Each field's text as the form holds it: when opened, as saved now, as typed. */
  opened: T;
  saved: T;
  typed: T;
  messages: { takenOver: (field: F) => string; bothChanged: (field: F) => string };
}): { errors: FieldErrors<F>; takeOver: Partial<T> } {
  const errors: FieldErrors<F> = {};
  const takeOver: Partial<T> = {};
  for (const field of input.fields) {
    if (input.saved[field] === input.opened[field]) continue;
    if (input.typed[field] === input.opened[field]) {
      takeOver[field] = input.saved[field];
      errors[field] = input.messages.takenOver(field);
    } else {
      errors[field] = input.messages.bothChanged(field);
    }
  }
  return { errors, takeOver };
}
