import { describe, expect, it } from "vitest";
import { deadlineStatus } from "./deadline-status";

const initiativeAt = new Date("2024-03-10T08:00:00Z"); // deadline 2024-04-10 23:59:59.999 CEST

describe("R9 deadlineStatus", () => {
  it("R9: open before the deadline, counting Danish days left", () => {
    const status = deadlineStatus({ initiativeAt }, new Date("2024-04-01T12:00:00Z"));
    expect(status).toEqual({
      deadline: new Date("2024-04-10T21:59:59.999Z"),
      state: "open",
      daysLeft: 9,
    });
  });

  it("R9: open with daysLeft 0 on the deadline day itself, up to its last millisecond", () => {
    expect(deadlineStatus({ initiativeAt }, new Date("2024-04-09T22:00:00Z"))).toMatchObject({
      state: "open",
      daysLeft: 0,
    });
    expect(deadlineStatus({ initiativeAt }, new Date("2024-04-10T21:59:59.999Z"))).toMatchObject({
      state: "open",
      daysLeft: 0,
    });
  });

  it("R9: overdue from the first millisecond after the deadline, with negative daysLeft", () => {
    expect(deadlineStatus({ initiativeAt }, new Date("2024-04-10T22:00:00Z"))).toMatchObject({
      state: "overdue",
      daysLeft: -1,
    });
    expect(
      deadlineStatus({ initiativeAt, firstMeetingHeldAt: null }, new Date("2024-04-20T10:00:00Z")),
    ).toMatchObject({ state: "overdue", daysLeft: -10 });
  });

  it("R9: met when the first collaboration meeting was held by the deadline", () => {
    const status = deadlineStatus(
      { initiativeAt, firstMeetingHeldAt: new Date("2024-04-10T21:59:59.999Z") },
      new Date("2024-05-01T10:00:00Z"),
    );
    expect(status.state).toBe("met");
    expect(status.daysLeft).toBe(-21);
  });

  it("R9: missed when it was held after the deadline", () => {
    const status = deadlineStatus(
      { initiativeAt, firstMeetingHeldAt: new Date("2024-04-10T22:00:00Z") },
      new Date("2024-04-11T10:00:00Z"),
    );
    expect(status.state).toBe("missed");
  });

  it("R9: daysLeft counts Danish calendar days across a DST switch", () => {
    // Initiative 2024-03-01 → deadline 2024-04-01; from 30 March (CET) to 1 April (CEST) is 2 days.
    const status = deadlineStatus(
      { initiativeAt: new Date("2024-03-01T10:00:00Z") },
      new Date("2024-03-30T22:59:00Z"),
    );
    expect(status.daysLeft).toBe(2);
  });

  it("R9: invalid dates are programming errors and throw", () => {
    expect(() => deadlineStatus({ initiativeAt }, new Date(Number.NaN))).toThrow(RangeError);
    expect(() =>
      deadlineStatus({ initiativeAt, firstMeetingHeldAt: new Date("x") }, new Date()),
    ).toThrow(RangeError);
  });
});
