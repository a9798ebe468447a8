import { DANISH_TIME_ZONE } from "@samstemt/domain";
import { describe, expect, it } from "vitest";
import { civilDate, danishInstant, todayParts } from "./danish-date";
import { parseTime } from "./parse-time";

const danish = new Intl.DateTimeFormat("en-GB", {
  timeZone: DANISH_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

describe("Danish dates typed as day, month and year", () => {
  it("accepts real calendar dates only", () => {
    expect(civilDate({ day: "29", month: "2", year: "2024" })).toEqual({
      year: 2024,
      month: 2,
      day: 29,
    });
    expect(civilDate({ day: "29", month: "2", year: "2025" })).toBeNull();
    expect(civilDate({ day: "31", month: "11", year: "2026" })).toBeNull();
    expect(civilDate({ day: "1", month: "13", year: "2026" })).toBeNull();
    expect(civilDate({ day: "", month: "1", year: "2026" })).toBeNull();
    expect(civilDate({ day: "1", month: "1", year: "26" })).toBeNull();
    expect(civilDate({ day: " 7 ", month: "06", year: "2026" })).toEqual({
      year: 2026,
      month: 6,
      day: 7,
    });
  });

  it("turns every wall-clock time of three years into the instant that shows it in Copenhagen, summer time included", () => {
    const start = Date.UTC(2025, 0, 1);
    for (let day = 0; day < 3 * 366; day++) {
      const at = new Date(start + day * 86_400_000);
      const date = { year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate() };
      for (const [hour, minute] of [
        [0, 0],
        [1, 30],
        [12, 0],
        [23, 59],
      ] as const) {
        const pad = (n: number) => String(n).padStart(2, "0");
        expect(danish.format(danishInstant(date, hour, minute))).toBe(
          `${pad(date.day)}/${pad(date.month)}/${date.year}, ${pad(hour)}:${pad(minute)}`,
        );
      }
    }
    // 4,392 Intl formats: a second on a quiet machine, far more on a busy CI runner.
  }, 60_000);

  it("knows today's date in Denmark, also when it is still yesterday in UTC", () => {
    // 23:30 UTC on 31 December is 00:30 on 1 January in Copenhagen.
    expect(todayParts(new Date("2026-12-31T23:30:00Z"))).toEqual({
      day: "1",
      month: "1",
      year: "2027",
    });
  });

  it("reads times as people write them", () => {
    expect(parseTime("14.30")).toEqual({ hour: 14, minute: 30 });
    expect(parseTime("9:05")).toEqual({ hour: 9, minute: 5 });
    expect(parseTime("0001")).toEqual({ hour: 0, minute: 1 });
    expect(parseTime("24.00")).toBeNull();
    expect(parseTime("12.60")).toBeNull();
    expect(parseTime("kl 12")).toBeNull();
  });
});
