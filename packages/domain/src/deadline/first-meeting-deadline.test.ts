import { describe, expect, it } from "vitest";
import { firstMeetingDeadline } from "./first-meeting-deadline";

const deadlineOf = (iso: string) => firstMeetingDeadline(new Date(iso)).toISOString();

describe("R9 firstMeetingDeadline", () => {
  it("R9: same day next month, 23:59:59.999 Danish winter time (CET)", () => {
    expect(deadlineOf("2024-01-15T09:00:00Z")).toBe("2024-02-15T22:59:59.999Z");
  });

  it("R9: same day next month, 23:59:59.999 Danish summer time (CEST)", () => {
    expect(deadlineOf("2024-05-15T09:00:00Z")).toBe("2024-06-15T21:59:59.999Z");
  });

  it("R9: 31 January clamps to 29 February in a leap year", () => {
    expect(deadlineOf("2024-01-31T09:00:00Z")).toBe("2024-02-29T22:59:59.999Z");
  });

  it("R9: 31 January clamps to 28 February in a common year", () => {
    expect(deadlineOf("2023-01-31T09:00:00Z")).toBe("2023-02-28T22:59:59.999Z");
    expect(deadlineOf("2100-01-29T09:00:00Z")).toBe("2100-02-28T22:59:59.999Z");
  });

  it("R9: 29 February runs to 29 March", () => {
    expect(deadlineOf("2024-02-29T12:00:00Z")).toBe("2024-03-29T22:59:59.999Z");
  });

  it("R9: 31 March / 31 August / 31 October clamp to the 30th", () => {
    expect(deadlineOf("2024-03-31T10:00:00Z")).toBe("2024-04-30T21:59:59.999Z");
    expect(deadlineOf("2024-08-31T10:00:00Z")).toBe("2024-09-30T21:59:59.999Z");
    expect(deadlineOf("2024-10-31T10:00:00Z")).toBe("2024-11-30T22:59:59.999Z");
  });

  it("R9: December runs into January of the next year", () => {
    expect(deadlineOf("2024-12-31T10:00:00Z")).toBe("2025-01-31T22:59:59.999Z");
  });

  it("R9: the Danish day counts, not the UTC day (23:30 UTC on 31 Jan is 1 Feb in Copenhagen)", () => {
    expect(deadlineOf("2024-01-31T23:30:00Z")).toBe("2024-03-01T22:59:59.999Z");
    // New Year's Eve 23:30 UTC is already 1 January in Copenhagen.
    expect(deadlineOf("2024-12-31T23:30:00Z")).toBe("2025-02-01T22:59:59.999Z");
  });

  it("R9: the deadline day lies across the spring DST switch (CET → CEST)", () => {
    // 2024: summer time starts 31 March 01:00 UTC.
    expect(deadlineOf("2024-02-28T10:00:00Z")).toBe("2024-03-28T22:59:59.999Z");
    expect(deadlineOf("2024-03-05T10:00:00Z")).toBe("2024-04-05T21:59:59.999Z");
    // 01:30 CET just before the switch, and 03:30 CEST just after: both 31 March.
    expect(deadlineOf("2024-03-31T00:30:00Z")).toBe("2024-04-30T21:59:59.999Z");
    expect(deadlineOf("2024-03-31T01:30:00Z")).toBe("2024-04-30T21:59:59.999Z");
  });

  it("R9: the deadline day lies across the autumn DST switch (CEST → CET)", () => {
    // 2024: winter time starts 27 October 01:00 UTC.
    expect(deadlineOf("2024-09-27T10:00:00Z")).toBe("2024-10-27T22:59:59.999Z");
    expect(deadlineOf("2024-10-26T21:59:59.999Z")).toBe("2024-11-26T22:59:59.999Z");
    expect(deadlineOf("2024-10-26T22:00:00Z")).toBe("2024-11-27T22:59:59.999Z");
  });

  it("R9: an invalid Date is a programming error and throws", () => {
    expect(() => firstMeetingDeadline(new Date(Number.NaN))).toThrow(RangeError);
  });
});
