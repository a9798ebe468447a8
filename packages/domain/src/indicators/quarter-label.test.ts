import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { quarterDisplayName, quarterLabel } from "./quarter-label";

describe("quarterDisplayName (R12: quarters as people read them)", () => {
  it("writes a quarter in Danish, long and short, and in English", () => {
    expect(quarterDisplayName("2026-Q4")).toBe("4. kvartal 2026");
    expect(quarterDisplayName("2026-Q4", "da", "short")).toBe("4. kvt. 2026");
    expect(quarterDisplayName("2025-Q1", "en")).toBe("Q1 2025");
  });

  it("never shows the machine label in Danish, for any quarter", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2018, max: 2100 }),
        fc.constantFrom(1, 2, 3, 4) as fc.Arbitrary<1 | 2 | 3 | 4>,
        fc.constantFrom("long", "short") as fc.Arbitrary<"long" | "short">,
        (year, quarter, length) => {
          const text = quarterDisplayName(quarterLabel({ year, quarter }), "da", length);
          expect(text).not.toMatch(/Q\d/);
          expect(text).toMatch(new RegExp(`^${quarter}\\. (kvartal|kvt\\.) ${year}$`));
        },
      ),
    );
  });

  it("returns what is not a quarter label unchanged", () => {
    expect(quarterDisplayName("")).toBe("");
    expect(quarterDisplayName("2026-Q5")).toBe("2026-Q5");
  });
});
