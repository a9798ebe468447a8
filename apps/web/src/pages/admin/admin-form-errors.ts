import { errorMessage } from "@samstemt/ui";
import type { FieldError } from "../../components/error-summary";

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

/**
 * A refused save as field messages: the server names the field of a conflict ("the name is
 * taken") in both languages, and the fields its validation refused; anything else is a
 * failure said where the user is.
 */
export function serverErrors<F extends string>(
  error: unknown,
  fields: readonly F[],
  language: string,
  fieldText: (field: F) => string,
): { errors: FieldErrors<F>; failure: string | null } {
  const data = (
    error as {
      data?: {
        domainError?: { field?: string } | null;
        zodIssues?: Array<{ path: PropertyKey[] }> | null;
      };
    }
  ).data;
  const known = (field: unknown): field is F => fields.includes(field as F);
  const errors: FieldErrors<F> = {};
  const field = data?.domainError?.field;
  if (known(field)) errors[field] = errorMessage(error as { message: string }, language);
  for (const issue of data?.zodIssues ?? []) {
    const path = issue.path[0];
    if (known(path) && !errors[path]) errors[path] = fieldText(path);
  }
  if (Object.keys(errors).length > 0) return { errors, failure: null };
  return { errors, failure: errorMessage(error as { message: string }, language) };
}

/** The error summary's lines, in the form's order, each linking to its field. */
export function summaryOf<F extends string>(
  errors: FieldErrors<F>,
  order: readonly F[],
  idOf: (field: F) => string,
): FieldError[] {
  return order.flatMap((field) => {
    const message = errors[field];
    return message ? [{ fieldId: idOf(field), message }] : [];
  });
}

/** Up to `max` characters after trimming, and not empty. */
export const filled = (value: string, max = 200) =>
  value.trim().length > 0 && value.trim().length <= max;

/** The same check as the server's, near enough to catch typing errors before sending. */
export const looksLikeEmail = (value: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());
