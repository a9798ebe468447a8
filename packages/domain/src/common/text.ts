import { z } from "./zod";

/**
 * The one text schema every stored text goes through (names, notes, reasons, ids).
 *
 * Why each refusal: PostgreSQL cannot store a NUL byte, and a lone UTF-16 surrogate cannot be
 * written as UTF-8 — both would fail at the database instead of at the door. Other control
 * characters and bidi overrides/isolates make a stored name read differently from what it
 * is ("Trojan Source"), and a name of only zero-width characters looks blank to every reader.
 * Text is trimmed and put in Unicode NFC so "å" typed as a + ring equals the precomposed "å".
 */
export const textIssues = {
  empty: { da: "Feltet skal udfyldes.", en: "The field is required." },
  tooLong: {
    da: "Teksten er for lang (højst {max} tegn).",
    en: "The text is too long (at most {max} characters).",
  },
  controlCharacter: {
    da: "Teksten må ikke indeholde kontroltegn.",
    en: "The text must not contain control characters.",
  },
  lineBreak: {
    da: "Feltet skal stå på én linje.",
    en: "The field must be a single line.",
  },
  loneSurrogate: {
    da: "Teksten indeholder et ugyldigt tegn (en halv UTF-16-surrogat).",
    en: "The text contains an invalid character (a lone UTF-16 surrogate).",
  },
  bidiControl: {
    da: "Teksten må ikke indeholde tegn, der ændrer skriveretningen.",
    en: "The text must not contain characters that override the writing direction.",
  },
  invisibleOnly: {
    da: "Teksten skal indeholde synlige tegn.",
    en: "The text must contain visible characters.",
  },
} as const;

export type TextIssue = keyof typeof textIssues;

/** Line breaks and tabs: allowed in multi-line text only. */
const LINE_CONTROL = /[\t\n\r]/;
/** C0, DEL and C1 control characters other than line breaks and tabs (NUL among them). */
const OTHER_CONTROL = /(?![\t\n\r])\p{Cc}/u;
/** With the `u` flag, `\p{Cs}` matches only surrogates that are not part of a pair. */
const LONE_SURROGATE = /\p{Cs}/u;
/** Embeddings and overrides (U+202A–U+202E) and isolates (U+2066–U+2069). */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
/**
 * A character someone can see: a letter, digit, punctuation or symbol — but not the
 * letters and symbols that render as blank (Hangul fillers, braille blank). Zero-width
 * and format characters (U+200B, U+2060, U+FEFF, …) are none of these classes.
 */
const VISIBLE = /(?![\u115F\u1160\u3164\uFFA0\u2800])[\p{L}\p{N}\p{P}\p{S}]/u;

/** The first problem with a (trimmed, normalised) text, or `null` when there is none. */
export function textIssue(text: string, options: { multiline: boolean }): TextIssue | null {
  if (LONE_SURROGATE.test(text)) return "loneSurrogate";
  if (OTHER_CONTROL.test(text)) return "controlCharacter";
  if (!options.multiline && LINE_CONTROL.test(text)) return "lineBreak";
  if (BIDI_CONTROL.test(text)) return "bidiControl";
  if (text !== "" && !VISIBLE.test(text)) return "invisibleOnly";
  return null;
}

export interface TextOptions {
  /** Maximum length in UTF-16 code units, after trimming and normalisation. */
  max: number;
  /** Whether line breaks and tabs are allowed (notes, reasons) or not (names, ids). */
  multiline: boolean;
  /** Opaque values (ids) are compared byte for byte, so they are not normalised. */
  normalize?: boolean;
}

function textSchema(options: TextOptions, blank: "allowed" | "refused") {
  let schema = z.string().trim();
  // One kind of line break everywhere: a "\r\n" pasted from elsewhere would otherwise show
  // as a stray character in a PDF and as no break at all where only "\n" is read as one.
  if (options.multiline) schema = schema.overwrite((text) => text.replace(/\r\n?/g, "\n"));
  if (options.normalize !== false) schema = schema.normalize("NFC");
  if (blank === "refused") schema = schema.min(1, { error: textIssues.empty.da, abort: true });
  return schema
    .max(options.max, { error: textIssues.tooLong.da.replace("{max}", String(options.max)) })
    .superRefine((text, context) => {
      const issue = textIssue(text, options);
      if (issue !== null) context.addIssue({ code: "custom", message: textIssues[issue].da });
    });
}

/**
 * A text that must not be blank: trimmed, NFC, at most `max` long, and free of control
 * characters, lone surrogates, bidi controls and invisible-only content. Messages are
 * Danish: the API shows them to users as they are.
 */
export const requiredText = (options: TextOptions) => textSchema(options, "refused");

/** The same checks, but blank ("") is allowed (drafts that are still being written). */
export const blankableText = (options: TextOptions) => textSchema(options, "allowed");

/** A text that is stored as `null` when absent or blank. */
export function optionalText(options: TextOptions) {
  return blankableText(options)
    .nullish()
    .transform((text) => (text == null || text === "" ? null : text));
}
