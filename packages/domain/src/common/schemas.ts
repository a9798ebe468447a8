import { z } from "./zod";

/** IDs are opaque strings chosen by the caller (the API generates them). */
export const IdSchema = z.string().trim().min(1).max(200);

/**
 * An instant. TypeScript callers pass a `Date`; JSON callers (and state read back from
 * JSON storage) pass an ISO 8601 string *with* an offset or `Z` — a wall-clock time
 * without an offset is ambiguous in Danish time and is rejected. The output is a `Date`.
 */
export const InstantSchema = z.union([
  z.date(),
  z.iso.datetime({ offset: true }).transform((value) => new Date(value)),
]);

/** A required free text: not blank. */
export const TextSchema = z.string().trim().min(1).max(10_000);

/** An optional free text that is stored as `null` when absent or blank. */
export const OptionalTextSchema = z
  .string()
  .max(10_000)
  .nullish()
  .transform((value) => (value == null || value.trim() === "" ? null : value.trim()));

export const PersonNameSchema = z.string().trim().min(1).max(200);
