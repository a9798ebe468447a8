import { describe, expect, it } from "vitest";
import { daysFromCivil } from "./civil";
import { danishOffsetMs, endOfDanishDay, startOfDanishDay } from "./copenhagen";

const HOUR = 3_600_000;

describe("Danish time", () => {
  it("switches offset at 01:00 UTC on the last Sundays of March and October", () => {
    expect(danishOffsetMs(Date.parse("2024-03-31T00:59:59.999Z"))).toBe(HOUR);
    expect(danishOffsetMs(Date.parse("2024-03-31T01:00:00Z"))).toBe(2 * HOUR);
    expect(danishOffsetMs(Date.parse("2024-10-27T00:59:59.999Z"))).toBe(2 * HOUR);
    expect(danishOffsetMs(Date.parse("2024-10-27T01:00:00Z"))).toBe(HOUR);
  });

  it("gives day boundaries of 23- and 25-hour days", () => {
    const springDay = daysFromCivil(2024, 3, 31);
    expect(new Date(startOfDanishDay(springDay)).toISOString()).toBe("2024-03-30T23:00:00.000Z");
    expect(endOfDanishDay(springDay) + 1 - startOfDanishDay(springDay)).toBe(23 * HOUR);
    const autumnDay = daysFromCivil(2024, 10, 27);
    expect(endOfDanishDay(autumnDay) + 1 - startOfDanishDay(autumnDay)).toBe(25 * HOUR);
  });
});
