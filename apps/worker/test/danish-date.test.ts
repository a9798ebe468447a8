import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { danishDate } from "../src/exports/danish-date";
import { JOB_TIME_ZONE } from "../src/time-zone";

const intl = new Intl.DateTimeFormat("en-CA", {
  timeZone: JOB_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

describe("the export's Danish dates", () => {
  it("agree with the time-zone database for any instant, summer time changes included", () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date("2000-01-01T00:00:00Z"),
          max: new Date("2040-01-01T00:00:00Z"),
          noInvalidDate: true,
        }),
        (instant) => danishDate(instant) === intl.format(instant),
      ),
      { numRuns: 2000 },
    );
    // The night summer time ends: 00:59 UTC is 02:59 summer time, 01:00 UTC is 02:00 winter time.
    expect(danishDate(new Date("2026-10-24T22:30:00Z"))).toBe("2026-10-25");
    expect(danishDate(new Date("2026-03-31T22:00:00Z"))).toBe("2026-04-01");
    expect(danishDate(new Date("2026-12-31T23:00:00Z"))).toBe("2027-01-01");
    expect(danishDate(null)).toBe("");
  });
});
