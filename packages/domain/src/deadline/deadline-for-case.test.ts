import { describe, expect, it } from "vitest";
import { deadlineForCase, deadlineRunningStatuses } from "./deadline-for-case";

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
