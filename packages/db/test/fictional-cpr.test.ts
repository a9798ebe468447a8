import { describe, expect, it } from "vitest";
import { fictionalCpr, isFictionalCpr } from "../src/seed/fictional-cpr";

describe("fictional CPR numbers in the demo data", () => {
  it("are unique, ten digits and carry a month no calendar has", () => {
    const indexes = [
      ...Array.from({ length: 500 }, (_, index) => index),
      ...Array.from({ length: 500 }, (_, index) => 9_990 + index * 9_973),
      195_999_999,
    ];
    const numbers = indexes.map(fictionalCpr);
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const cpr of numbers) {
      expect(cpr).toMatch(/^\d{10}$/);
      expect(Number(cpr.slice(2, 4))).toBeGreaterThan(12);
      expect(isFictionalCpr(cpr)).toBe(true);
    }
  });

  it("does not take a real-looking number for a fictional one", () => {
    expect(isFictionalCpr("0101801234")).toBe(false);
  });
});
