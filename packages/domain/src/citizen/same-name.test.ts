import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { registerCheckOutcome, sameName } from "./same-name";

const letters = fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzæøåéü".split(""));
const word = fc.array(letters, { minLength: 1, maxLength: 8 }).map((chars) => chars.join(""));
const name = fc.array(word, { minLength: 1, maxLength: 4 });
const spacing = fc.constantFrom(" ", "  ", "\t", " \u00a0");

describe("comparing a citizen's names", () => {
  it("ignores letter case, spacing between and around words, and how letters were composed", () => {
    fc.assert(
      fc.property(name, spacing, spacing, (words, between, around) => {
        const written = words.join(" ");
        const retyped = `${around}${words.map((w) => w.toUpperCase()).join(between)}${around}`;
        expect(sameName(written, retyped)).toBe(true);
        expect(sameName(written.normalize("NFD"), written.normalize("NFC"))).toBe(true);
      }),
    );
  });

  it("is reflexive and symmetric", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(sameName(a, a)).toBe(true);
        expect(sameName(a, b)).toBe(sameName(b, a));
      }),
    );
  });

  it("tells names apart by any letter, or by a word more", () => {
    fc.assert(
      fc.property(name, fc.nat(), letters, (words, at, letter) => {
        const written = words.join(" ");
        const index = at % written.length;
        if (written[index] === " " || written[index] === letter) return;
        const changed = `${written.slice(0, index)}${letter}${written.slice(index + 1)}`;
        expect(sameName(written, changed)).toBe(false);
        expect(sameName(written, `${written} ${letter}`)).toBe(false);
      }),
    );
    expect(sameName("Aase Ågård", "Åse Ågård")).toBe(false);
  });
});

describe("what a check against the CPR register does with a registration (R5)", () => {
  it("confirms the record when the number is new, joins on the same name, keeps apart on another", () => {
    fc.assert(
      fc.property(name, name, (known, register) => {
        const knownName = known.join(" ");
        const registerName = register.join(" ");
        expect(registerCheckOutcome(null, registerName)).toBe("confirm");
        expect(registerCheckOutcome(knownName, ` ${knownName.toUpperCase()} `)).toBe("join");
        expect(registerCheckOutcome(knownName, registerName)).toBe(
          sameName(knownName, registerName) ? "join" : "keepApart",
        );
      }),
    );
  });
});
