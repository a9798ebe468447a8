import { z } from "../common/zod";
import { daysInMonth } from "../time/civil";

/** A calendar date; `month` is 1–12. */
export interface BirthDate {
  year: number;
  month: number;
  day: number;
}

/** Ten digits, optionally written "ddmmåå-xxxx" as on the health card. */
const CPR_FORMAT = /^(\d{2})(\d{2})(\d{2})-?(\d)(\d{3})$/;

/**
 * The century of a CPR number's birth year, from its 7th digit and two-digit year, as the
 * CPR office defines it: 0–3 → 1900s; 4 and 9 → 2000s up to year 36, else 1900s;
 * 5–8 → 2000s up to year 57, else 1800s.
 */
function centuryOf(seventhDigit: number, year: number): number {
  if (seventhDigit <= 3) return 1900;
  if (seventhDigit === 4 || seventhDigit === 9) return year <= 36 ? 2000 : 1900;
  return year <= 57 ? 2000 : 1800;
}

/**
 * The birth date a CPR number encodes, or `null` when it is not a CPR number: not ten digits
 * (a hyphen after the sixth is allowed), or the first six are not a real date in the century
 * its seventh digit gives (so 29 February only in leap years). The modulus-11 check is not
 * applied: the CPR office has issued numbers without it since 2007.
 *
 * @example
 * birthDateFromCpr("2902004321"); // { year: 2000, month: 2, day: 29 }
 * birthDateFromCpr("2902001234"); // null — 1900 was not a leap year
 */
export function birthDateFromCpr(cpr: string): BirthDate | null {
  const match = CPR_FORMAT.exec(cpr);
  if (!match) return null;
  const [, dd, mm, yy, seventh] = match;
  const day = Number(dd);
  const month = Number(mm);
  const twoDigitYear = Number(yy);
  const year = centuryOf(Number(seventh), twoDigitYear) + twoDigitYear;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** Whether a string is a CPR number whose first six digits form a real birth date. */
export const isValidCpr = (cpr: string): boolean => birthDateFromCpr(cpr) !== null;

/**
 * The demo's fictional CPR numbers: month 13–19, which no calendar has, so they can never
 * belong to a real person. Accepted only where the caller allows demo data.
 */
export function isFictionalCpr(cpr: string): boolean {
  const match = CPR_FORMAT.exec(cpr);
  if (!match) return false;
  const day = Number(match[1]);
  const month = Number(match[2]);
  return day >= 1 && day <= 31 && month >= 13 && month <= 19;
}

export const cprMessage = {
  da: "Skriv et gyldigt CPR-nummer: 10 cifre, hvor de første 6 er en dato (ddmmåå).",
  en: "Enter a valid CPR number: 10 digits of which the first 6 are a date (ddmmyy).",
} as const;

const cprDigits = (cpr: string) => cpr.replace("-", "");

/**
 * A real CPR number (see `birthDateFromCpr`), trimmed; the output is the ten digits
 * without a hyphen.
 */
export const CprSchema = z
  .string()
  .trim()
  .refine(isValidCpr, { error: cprMessage.da })
  .transform(cprDigits);

/**
 * A real CPR number or one of the demo's fictional ones (`isFictionalCpr`). For demo and test
 * environments only: a production API uses `CprSchema`.
 */
export const CprOrFictionalCprSchema = z
  .string()
  .trim()
  .refine((cpr) => isValidCpr(cpr) || isFictionalCpr(cpr), { error: cprMessage.da })
  .transform(cprDigits);
