import { describe, expect, it } from "vitest";
import { quarterOf } from "./quarter-of";

describe("R12 quarterOf", () => {
  it("R12: maps months to quarters", () => {
    expect(quarterOf(new Date("2024-02-10T12:00:00Z"))).toEqual({ year: 2024, quarter: 1 });
    expect(quarterOf(new Date("2024-05-10T12:00:00Z"))).toEqual({ year: 2024, quarter: 2 });
    expect(quarterOf(new Date("2024-08-10T12:00:00Z"))).toEqual({ year: 2024, quarter: 3 });
    expect(quarterOf(new Date("2024-11-10T12:00:00Z"))).toEqual({ year: 2024, quarter: 4 });
  });

  it("R12: uses Danish time at quarter boundaries", () => {
    expect(quarterOf(new Date("2024-12-31T22:59:59.999Z"))).toEqual({ year: 2024, quarter: 4 });
    expect(quarterOf(new Date("2024-12-31T23:00:00Z"))).toEqual({ year: 2025, quarter: 1 });
    expect(quarterOf(new Date("2024-03-31T21:59:59.999Z"))).toEqual({ year: 2024, quarter: 1 });
    expect(quarterOf(new Date("2024-03-31T22:00:00Z"))).toEqual({ year: 2024, quarter: 2 });
  });

  it("R12: throws on an invalid Date (programming error)", () => {
    expect(() => quarterOf(new Date(Number.NaN))).toThrow(RangeError);
  });
});
