import { describe, expect, it } from "vitest";
import { type Headlines, sinceLastQuarter } from "../src/dashboard/since-last-quarter";

const base: Headlines = {
  registered: 10,
  activated: 4,
  metShare: 0.5,
  daysToFirstMeeting: 25,
  citizenPresentShare: 0.8,
  closed: 2,
};

describe("R12 since last quarter", () => {
  it("says better or worse where the model says which way is good, up or down elsewhere", () => {
    const changes = sinceLastQuarter(base, {
      ...base,
      registered: 12,
      metShare: 0.75,
      daysToFirstMeeting: 30,
      citizenPresentShare: 0.6,
    });
    expect(changes).toEqual([
      { figure: "registered", previous: 10, current: 12, verdict: "up" },
      { figure: "metShare", previous: 0.5, current: 0.75, verdict: "better" },
      { figure: "daysToFirstMeeting", previous: 25, current: 30, verdict: "worse" },
      { figure: "citizenPresentShare", previous: 0.8, current: 0.6, verdict: "worse" },
    ]);
  });

  it("leaves out what did not change or cannot be compared", () => {
    expect(sinceLastQuarter(base, base)).toEqual([]);
    expect(sinceLastQuarter({ ...base, metShare: null }, { ...base, metShare: 1 })).toEqual([]);
    expect(sinceLastQuarter(base, { ...base, daysToFirstMeeting: 20 })[0]?.verdict).toBe("better");
  });
});
