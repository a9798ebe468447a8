import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addWorkingDays, danishDay, isWorkingDay } from "../src/alerts/working-days";

const day = (iso: string) => danishDay(new Date(`${iso}T12:00:00Z`));

describe("Danish working days (R13: three working days to acknowledge a change notice)", () => {
  it("skips weekends and the Easter holidays", () => {
    // Wednesday 1 April 2026: Maundy Thursday, Good Friday, the weekend and Easter Monday follow.
    expect(addWorkingDays(day("2026-04-01"), 3)).toBe(day("2026-04-09"));
    expect(addWorkingDays(day("2026-03-03"), 3)).toBe(day("2026-03-06"));
    expect(addWorkingDays(day("2026-03-06"), 1)).toBe(day("2026-03-09"));
    for (const holiday of ["2026-01-01", "2026-05-14", "2026-05-25", "2026-12-25", "2026-12-26"]) {
      expect(isWorkingDay(day(holiday)), holiday).toBe(false);
    }
    // Store Bededag was abolished from 2024; it was a holiday before.
    expect(isWorkingDay(day("2024-04-26"))).toBe(true);
    expect(isWorkingDay(day("2023-05-05"))).toBe(false);
  });

  it("takes the day in Danish time: 23:30 UTC on a Friday is Saturday in Copenhagen", () => {
    expect(danishDay(new Date("2026-03-06T23:30:00Z"))).toBe(day("2026-03-07"));
    expect(isWorkingDay(danishDay(new Date("2026-03-06T23:30:00Z")))).toBe(false);
  });

  it("lands on a working day with exactly n working days after the start", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: day("2020-01-01"), max: day("2035-12-31") }),
        fc.integer({ min: 1, max: 15 }),
        (start, n) => {
          const end = addWorkingDays(start, n);
          let counted = 0;
          for (let d = start + 1; d <= end; d++) if (isWorkingDay(d)) counted += 1;
          return isWorkingDay(end) && counted === n && end - start <= n * 2 + 6;
        },
      ),
    );
  });
});
