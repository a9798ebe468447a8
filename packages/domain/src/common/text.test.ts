import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DraftTextSchema,
  IdSchema,
  OptionalTextSchema,
  PersonNameSchema,
  TextSchema,
} from "./schemas";
import { textIssue, textIssues } from "./text";

/** The inputs that reached the database (500) or were stored although wrong. */
const hostile = {
  nul: "Jens\u0000Jensen",
  otherControl: "Jens\u0007Jensen",
  c1Control: "Jens\u0085Jensen",
  delete: "Jens\u007fJensen",
  loneHighSurrogate: "Jens \ud800",
  loneLowSurrogate: "\udc00 Jensen",
  rightToLeftOverride: "Jens \u202eJensen",
  leftToRightEmbedding: "\u202aJens",
  popDirectionalIsolate: "Jens\u2069",
  zeroWidthSpaceOnly: "\u200b",
  invisibleOnly: "\u200b\u200c\u200d\u2060\ufeff",
  hangulFillerOnly: "\u3164",
} as const;

const messageOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message);

describe("the domain text schema", () => {
  it.each(Object.entries(hostile))("refuses %s in every text schema", (_, text) => {
    for (const schema of [TextSchema, OptionalTextSchema, PersonNameSchema, IdSchema]) {
      expect(schema.safeParse(text).success).toBe(false);
    }
    expect(DraftTextSchema.safeParse(text).success).toBe(false);
  });

  it("says in Danish what is wrong", () => {
    expect(messageOf(PersonNameSchema.safeParse(hostile.nul))).toEqual([
      "Teksten må ikke indeholde kontroltegn.",
    ]);
    expect(messageOf(TextSchema.safeParse(hostile.loneHighSurrogate))).toEqual([
      textIssues.loneSurrogate.da,
    ]);
    expect(messageOf(PersonNameSchema.safeParse(hostile.rightToLeftOverride))).toEqual([
      textIssues.bidiControl.da,
    ]);
    expect(messageOf(PersonNameSchema.safeParse(hostile.zeroWidthSpaceOnly))).toEqual([
      textIssues.invisibleOnly.da,
    ]);
    expect(messageOf(PersonNameSchema.safeParse("   "))).toEqual([textIssues.empty.da]);
    expect(messageOf(PersonNameSchema.safeParse("x".repeat(201)))).toEqual([
      "Teksten er for lang (højst 200 tegn).",
    ]);
  });

  it("trims and puts text in Unicode NFC, so a + combining ring equals å", () => {
    expect(PersonNameSchema.parse("  Søren A\u030angstrøm ")).toBe("Søren Ångstrøm");
    expect(TextSchema.parse("e\u0301")).toBe("\u00e9");
    expect(OptionalTextSchema.parse(" Bekymring\n")).toBe("Bekymring");
  });

  it("keeps every line break of a free text, written one way (\\n), and the blank lines between", () => {
    expect(TextSchema.parse("Første linje\r\nAnden linje\rTredje\n\nEfter en tom linje")).toBe(
      "Første linje\nAnden linje\nTredje\n\nEfter en tom linje",
    );
    expect(OptionalTextSchema.parse("a\r\n\r\nb")).toBe("a\n\nb");
    expect(DraftTextSchema.parse("  Mål:\r\n  - egen bolig")).toBe("Mål:\n  - egen bolig");
  });

  it("keeps ids as they are: trimmed, not normalised", () => {
    expect(IdSchema.parse(" e\u0301 ")).toBe("e\u0301");
  });

  it("allows line breaks and tabs in free text, not in names and ids", () => {
    expect(TextSchema.parse("Første linje\nAnden linje\r\n\tindrykket")).toContain("\n");
    expect(messageOf(PersonNameSchema.safeParse("Jens\nJensen"))).toEqual([
      textIssues.lineBreak.da,
    ]);
    expect(IdSchema.safeParse("case\t1").success).toBe(false);
  });

  it("accepts real names and text from many scripts, emoji and marks included", () => {
    for (const name of ["Jens Jensen", "Ægir Øster-Åberg", "محمد", "李小龙", "Zoë 😀", "O'Brien"]) {
      expect(PersonNameSchema.parse(name)).toBe(name);
    }
    // Zero-width joiners inside visible text are part of the text (emoji sequences).
    expect(TextSchema.parse("Familie: 👨\u200d👩\u200d👧")).toContain("\u200d");
  });

  it("keeps the optional text's blank → null semantics", () => {
    expect(OptionalTextSchema.parse(undefined)).toBeNull();
    expect(OptionalTextSchema.parse(null)).toBeNull();
    expect(OptionalTextSchema.parse("  \n ")).toBeNull();
    expect(DraftTextSchema.parse("  ")).toBe("");
    expect(DraftTextSchema.parse(null)).toBeNull();
  });

  it("measures the maximum length after trimming", () => {
    expect(PersonNameSchema.parse(` ${"x".repeat(200)} `)).toHaveLength(200);
    expect(TextSchema.safeParse("x".repeat(10_001)).success).toBe(false);
  });

  it("property: any text with a control character other than \\t \\n \\r is refused", () => {
    const control = fc.oneof(
      fc.integer({ min: 0x00, max: 0x1f }).filter((code) => ![9, 10, 13].includes(code)),
      fc.integer({ min: 0x7f, max: 0x9f }),
    );
    fc.assert(
      fc.property(fc.string(), control, fc.string(), (before, code, after) => {
        const text = `a${before}${String.fromCharCode(code)}${after}a`;
        expect(TextSchema.safeParse(text).success).toBe(false);
        expect(OptionalTextSchema.safeParse(text).success).toBe(false);
      }),
    );
  });

  it("property: any text with a lone surrogate or a bidi control is refused", () => {
    const loneSurrogate = fc
      .integer({ min: 0xd800, max: 0xdfff })
      .map((code) => String.fromCharCode(code));
    const bidi = fc.constantFrom(
      ..."\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069".split(""),
    );
    fc.assert(
      fc.property(fc.string(), fc.oneof(loneSurrogate, bidi), (text, bad) => {
        // A letter on both sides, so a surrogate cannot pair with a neighbour.
        expect(TextSchema.safeParse(`a${text}a${bad}a`).success).toBe(false);
      }),
    );
  });

  it("property: a name of printable letters survives unchanged and round-trips", () => {
    const letters = fc.stringMatching(/^[A-Za-zÆØÅæøåéü' -]{0,60}[A-Za-zÆØÅæøå]$/);
    fc.assert(
      fc.property(letters, (name) => {
        const parsed = PersonNameSchema.parse(name);
        expect(parsed).toBe(name.trim());
        expect(PersonNameSchema.parse(parsed)).toBe(parsed);
      }),
    );
  });

  it("reports the first problem of a text, or null", () => {
    expect(textIssue("God tekst", { multiline: false })).toBeNull();
    expect(textIssue("", { multiline: false })).toBeNull();
    expect(textIssue("a\u0000\u202e", { multiline: true })).toBe("controlCharacter");
  });
});
