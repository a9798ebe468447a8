import { blankableText, optionalText, requiredText } from "./text";
import { z } from "./zod";

/**
 * IDs are opaque strings chosen by the caller (the API generates them): compared as they
 * are (not normalised), but held to the same safety rules as every other stored text.
 */
export const IdSchema = requiredText({ max: 200, multiline: false, normalize: false });

/**
 * An instant. TypeScript callers pass a `Date`; JSON callers (and state read back from
 * JSON storage) pass an ISO 8601 string *with* an offset or `Z` — a wall-clock time
 * without an offset is ambiguous in Danish time and is rejected. The output is a `Date`.
 */
export const InstantSchema = z.union([
  z.date(),
  z.iso.datetime({ offset: true }).transform((value) => new Date(value)),
]);

/** A required free text (notes, reasons, roles): not blank; line breaks allowed. */
export const TextSchema = requiredText({ max: 10_000, multiline: true });

/** An optional free text that is stored as `null` when absent or blank. */
export const OptionalTextSchema = optionalText({ max: 10_000, multiline: true });

/** A free text in a draft that is still being written: may be absent or blank. */
export const DraftTextSchema = blankableText({ max: 10_000, multiline: true }).nullish();

/** A person's name: one line, not blank. */
export const PersonNameSchema = requiredText({ max: 200, multiline: false });
