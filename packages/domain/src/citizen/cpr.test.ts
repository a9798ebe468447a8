import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { daysInMonth } from "../time/civil";
import {
  birthDateFromCpr,
  CprOrFictionalCprSchema,
  CprSchema,
  cprMessage,
  isFictionalCpr,
  isValidCpr,
} from "./cpr";

const two = (value: number) => String(value).padStart(2, "0");

/** The 7th digits the CPR office uses for a birth year (its century rule). */
function seventhDigitsFor(year: number): number[] {
  const yy = year % 100;
  if (year < 1900) return yy >= 58 ? [5, 6, 7, 8] : [];
  if (year < 2000) return [0, 1, 2, 3, ...(yy >= 37 ? [4, 9] : [])];
  return [...(yy <= 36 ? [4, 9] : []), ...(yy <= 57 ? [5, 6, 7, 8] : [])];
}

/** Every year a CPR number can express: 1858–2057. */
const cprYear = fc.integer({ min: 1858, max: 2057 }).filter((y) => seventhDigitsFor(y).length > 0);
const realDate = cprYear.chain((year) =>
  fc.integer({ min: 1, max: 12 }).chain((month) =>
    fc.record({
      year: fc.constant(year),
      month: fc.constant(month),
      day: fc.integer({ min: 1, max: daysInMonth(year, month) }),
      seventh: fc.constantFrom(...seventhDigitsFor(year)),
      serial: fc.integer({ min: 0, max: 999 }),
    }),
  ),
);

describe("CPR numbers", () => {
  it.each([
    ["0000000000", "day 00, month 00"],
    ["9999999999", "day 99, month 99"],
    ["3213991234", "day 32"],
    ["0100000000", "month 00"],
    ["3002901234", "30 February"],
    ["2902011234", "29 February 1901, not a leap year"],
    ["2902001234", "29 February 1900 (7th digit 0 → 1900s), not a leap year"],
    ["3104901234", "31 April"],
    ["0113801111", "month 13 (the demo's fictional numbers)"],
    ["010190123", "nine digits"],
    ["01019012345", "eleven digits"],
    ["010190-12345", "eleven digits with a hyphen"],
    ["0101901a34", "a letter"],
    ["", "empty"],
  ])("refuses %s (%s)", (cpr) => {
    expect(isValidCpr(cpr)).toBe(false);
    expect(birthDateFromCpr(cpr)).toBeNull();
    expect(CprSchema.safeParse(cpr).success).toBe(false);
  });

  it("gives the birth date with the century from the 7th digit", () => {
    expect(birthDateFromCpr("0101901234")).toEqual({ year: 1990, month: 1, day: 1 });
    expect(birthDateFromCpr("2902004321")).toEqual({ year: 2000, month: 2, day: 29 });
    expect(birthDateFromCpr("0101364321")).toEqual({ year: 2036, month: 1, day: 1 });
    expect(birthDateFromCpr("0101374321")).toEqual({ year: 1937, month: 1, day: 1 });
    expect(birthDateFromCpr("0101579321")).toEqual({ year: 1957, month: 1, day: 1 });
    expect(birthDateFromCpr("0101575321")).toEqual({ year: 2057, month: 1, day: 1 });
    expect(birthDateFromCpr("0101585321")).toEqual({ year: 1858, month: 1, day: 1 });
    expect(birthDateFromCpr("0101589321")).toEqual({ year: 1958, month: 1, day: 1 });
  });

  it("does not require the modulus-11 check (such numbers are issued)", () => {
    // 0101901235 fails modulus 11 (weights 4 3 2 7 6 5 4 3 2 1 give 115).
    expect(isValidCpr("0101901235")).toBe(true);
  });

  it("accepts the hyphenated form and surrounding spaces, and outputs ten digits", () => {
    expect(CprSchema.parse(" 010190-1234 ")).toBe("0101901234");
    expect(CprSchema.parse("0101901234")).toBe("0101901234");
  });

  it("says in Danish what a CPR number must be", () => {
    const result = CprSchema.safeParse("3213991234");
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([cprMessage.da]);
    expect(cprMessage.da).toBe(
      "Skriv et gyldigt CPR-nummer: 10 cifre, hvor de første 6 er en dato (ddmmåå).",
    );
    expect(CprSchema.safeParse(1_010_901_234).success).toBe(false);
  });

  it("property: every real date with a 7th digit valid for its century is accepted", () => {
    fc.assert(
      fc.property(realDate, ({ year, month, day, seventh, serial }) => {
        const cpr = `${two(day)}${two(month)}${two(year % 100)}${seventh}${String(serial).padStart(3, "0")}`;
        expect(birthDateFromCpr(cpr)).toEqual({ year, month, day });
        expect(CprSchema.parse(cpr)).toBe(cpr);
      }),
      { numRuns: 2000 },
    );
  });

  it("property: the 7th digit picks one century, so 29 February is valid only if that year is a leap year", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 9 }),
        (yy, seventh) => {
          const years = [1800, 1900, 2000]
            .map((century) => century + yy)
            .filter((year) => seventhDigitsFor(year).includes(seventh));
          expect(years).toHaveLength(1);
          const [year = Number.NaN] = years;
          const leap = daysInMonth(year, 2) === 29;
          expect(birthDateFromCpr(`2902${two(yy)}${seventh}000`)).toEqual(
            leap ? { year, month: 2, day: 29 } : null,
          );
        },
      ),
    );
  });

  it("property: every impossible date is refused, whatever the century", () => {
    const impossible = fc.oneof(
      // day 00 or beyond the month's length (in the most generous year: a leap year)
      fc.record({
        day: fc.oneof(fc.constant(0), fc.integer({ min: 32, max: 99 })),
        month: fc.integer({ min: 1, max: 12 }),
      }),
      fc.record({ day: fc.constant(30), month: fc.constant(2) }),
      fc.record({ day: fc.constant(31), month: fc.constantFrom(2, 4, 6, 9, 11) }),
      // month 00 or 13–99
      fc.record({
        day: fc.integer({ min: 1, max: 31 }),
        month: fc.oneof(fc.constant(0), fc.integer({ min: 13, max: 99 })),
      }),
    );
    fc.assert(
      fc.property(
        impossible,
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 9999 }),
        ({ day, month }, yy, serial) => {
          const cpr = `${two(day)}${two(month)}${two(yy)}${String(serial).padStart(4, "0")}`;
          expect(isValidCpr(cpr)).toBe(false);
          expect(CprSchema.safeParse(cpr).success).toBe(false);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("the demo's fictional CPR numbers", () => {
  it("are recognised by their month 13–19, and only accepted where demo data is allowed", () => {
    expect(isFictionalCpr("0113801111")).toBe(true);
    expect(isFictionalCpr("2819999999")).toBe(true);
    expect(isFictionalCpr("0120801111")).toBe(false);
    expect(isFictionalCpr("0012801111")).toBe(false);
    expect(isFictionalCpr("0013801111")).toBe(false);
    expect(isFictionalCpr("011380111")).toBe(false);
    expect(CprSchema.safeParse("0113801111").success).toBe(false);
    expect(CprOrFictionalCprSchema.parse("011380-1111")).toBe("0113801111");
    expect(CprOrFictionalCprSchema.parse("0101901234")).toBe("0101901234");
    expect(CprOrFictionalCprSchema.safeParse("0000000000").success).toBe(false);
  });

  it("never collide with a real CPR number", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{10}$/), (cpr) => {
        expect(isFictionalCpr(cpr) && isValidCpr(cpr)).toBe(false);
      }),
    );
  });
});
