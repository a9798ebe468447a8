import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { FieldErrors } from "./admin-form-errors";

/** Whether a refused save was refused because someone else saved the record meanwhile. */
const isChangedMeanwhile = (error: unknown): boolean =>
  (error as { data?: { domainError?: { code?: string } | null } }).data?.domainError?.code ===
  "changed_meanwhile";

/**
 * After a `changed_meanwhile` refusal: the fields another administrator changed since the
 * form was opened. One this user left alone takes the saved value (`takeOver`); one they
 * changed too keeps their text. Each gets a message saying which, with the saved value.
 */
function mergeChangedMeanwhile<F extends string, T extends Record<F, string>>(input: {
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

/**
 * An edit form's side of `expected`: `baseline` is the record the next save is checked
 * against (what the form opened on). `onError` answers a `changed_meanwhile` refusal by
 * fetching what is saved now, merging it into the form (`mergeChangedMeanwhile`), making it
 * the new baseline — so a second save replaces it on purpose — and saying at each field what
 * happened; any other refusal goes to the form's own `onError`.
 */
export function useChangedMeanwhile<F extends string, R, T extends Record<F, string>>(options: {
  opened: R | null;
  fields: readonly F[];
  form: { check(found: FieldErrors<F>): boolean; onError(error: unknown): void };
  /** What is saved now, or undefined if it is gone. */
  fetchSaved: (opened: R) => Promise<R | undefined>;
  /** A record as the form's field texts. */
  textsOf: (record: R) => T;
  typed: T;
  /** A field's saved value as the user reads it (a unit's name, not its id). */
  valueOf: (field: F, saved: R) => string;
  takeOver: (texts: Partial<T>) => void;
}) {
  const { t } = useTranslation();
  const [baseline, setBaseline] = useState(options.opened);
  const answer = async (error: unknown) => {
    const { form } = options;
    if (!isChangedMeanwhile(error) || !baseline) return form.onError(error);
    const saved = await options.fetchSaved(baseline).catch(() => undefined);
    if (!saved) return form.onError(error);
    const value = (field: F) =>
      options.valueOf(field, saved) || t("admin.changedMeanwhile.emptyValue");
    const merged = mergeChangedMeanwhile({
      fields: options.fields,
      opened: options.textsOf(baseline),
      saved: options.textsOf(saved),
      typed: options.typed,
      messages: {
        takenOver: (field) => t("admin.changedMeanwhile.takenOver", { value: value(field) }),
        bothChanged: (field) => t("admin.changedMeanwhile.bothChanged", { value: value(field) }),
      },
    });
    options.takeOver(merged.takeOver);
    setBaseline(saved);
    if (Object.keys(merged.errors).length === 0) form.onError(error);
    else form.check(merged.errors);
  };
  return { baseline, onError: (error: unknown) => void answer(error) };
}
