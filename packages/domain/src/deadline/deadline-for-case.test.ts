import { describe, expect, it } from "vitest";
import { deadlineApproaching, deadlineForCase, deadlineRunningStatuses } from "./deadline-for-case";
import { deadlineStatus } from "./deadline-status";

const initiativeAt = new Date("2026-01-31T09:00:00Z");
const now = new Date("2026-03-10T12:00:00Z");

describe("deadlineForCase (R9 by stage)", () => {
  it("R3/R5: excluded and declined initiatives have no deadline", () => {
    expect(deadlineForCase({ status: "excluded", initiativeAt }, now)).toBeNull();
    expect(deadlineForCase({ status: "declined", initiativeAt }, now)).toBeNull();
  });

  it("R9: running cases always have one, overdue here (deadline 28 Feb)", () => {
    for (const status of deadlineRunningStatuses) {
      expect(deadlineForCase({ status, initiativeAt }, now)?.state).toBe("overdue");
    }
  });

  it("R9: a closed case keeps whether its first meeting was on time, else has none", () => {
    expect(deadlineForCase({ status: "closed", initiativeAt }, now)).toBeNull();
    const held = new Date("2026-02-20T10:00:00Z");
    expect(
      deadlineForCase({ status: "closed", initiativeAt, firstMeetingHeldAt: held }, now)?.state,
    ).toBe("met");
  });
});

describe("deadlineApproaching (R9 warning)", () => {
  const at = (iso: string) => new Date(iso);
  it("flags an open case from seven Danish days before the deadline, not before", () => {
    // Initiative 10 Mar → deadline 10 Apr 2026 (CEST).
    const initiative = at("2026-03-10T09:00:00Z");
    expect(
      deadlineApproaching(deadlineStatus({ initiativeAt: initiative }, at("2026-04-02T12:00:00Z"))),
    ).toBe(false);
    expect(
      deadlineApproaching(deadlineStatus({ initiativeAt: initiative }, at("2026-04-03T12:00:00Z"))),
    ).toBe(true);
    expect(
      deadlineApproaching(deadlineStatus({ initiativeAt: initiative }, at("2026-04-10T21:00:00Z"))),
    ).toBe(true);
  });

  it("never flags an overdue case or one whose first meeting was held", () => {
    const initiative = at("2026-03-10T09:00:00Z");
    expect(
      deadlineApproaching(deadlineStatus({ initiativeAt: initiative }, at("2026-04-11T12:00:00Z"))),
    ).toBe(false);
    const held = { initiativeAt: initiative, firstMeetingHeldAt: at("2026-04-01T09:00:00Z") };
    expect(deadlineApproaching(deadlineStatus(held, at("2026-04-05T12:00:00Z")))).toBe(false);
  });
});
