import { TZDate } from "@date-fns/tz";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { deadlineStatus } from "../src/deadline/deadline-status";
import { firstMeetingDeadline } from "../src/deadline/first-meeting-deadline";
import { quarterOf } from "../src/quarter/quarter-of";
import { civilFromDays, daysFromCivil } from "../src/time/civil";
import { DANISH_TIME_ZONE } from "../src/time/copenhagen";

// The reference: the runtime's own Intl tz data, read without any of the domain's code.
const danishParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: DANISH_TIME_ZONE,
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  second: "numeric",
  fractionalSecondDigits: 3,
  hourCycle: "h23",
});
function danish(date: Date) {
  const parts = Object.fromEntries(danishParts.formatToParts(date).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    time: `${parts.hour}:${parts.minute}:${parts.second}.${parts.fractionalSecond}`,
  };
}
const dayIndex = (d: { year: number; month: number; day: number }) =>
  Date.UTC(d.year, d.month - 1, d.day) / 86_400_000;

/** R9 read literally: same day next month, or the month's last day. */
function expectedDeadlineDay(initiativeAt: Date) {
  const { year, month, day } = danish(initiativeAt);
  const dueYear = month === 12 ? year + 1 : year;
  const dueMonth = month === 12 ? 1 : month + 1;
  const lastDay = new Date(Date.UTC(dueYear, dueMonth, 0)).getUTCDate();
  return { year: dueYear, month: dueMonth, day: Math.min(day, lastDay) };
}

const MIN = Date.UTC(2000, 0, 1);
const MAX = Date.UTC(2100, 11, 31, 23, 59, 59, 999);
const HOUR = 3_600_000;

const anyInstant = fc.integer({ min: MIN, max: MAX }).map((ms) => new Date(ms));
/** The last day of a month, any time of day (Danish month ends are the clamping cases). */
const monthEnd = fc
  .record({
    year: fc.integer({ min: 2000, max: 2100 }),
    month: fc.integer({ min: 0, max: 11 }),
    ms: fc.integer({ min: -2 * HOUR, max: 26 * HOUR }),
  })
  .map(({ year, month, ms }) => new Date(Date.UTC(year, month + 1, 0) + ms));
/** 29 February and the days around it in leap years. */
const leapDay = fc
  .record({
    year: fc.integer({ min: 0, max: 25 }).map((n) => 2000 + 4 * n),
    ms: fc.integer({ min: -26 * HOUR, max: 50 * HOUR }),
  })
  .filter(({ year }) => year <= 2100)
  .map(({ year, ms }) => new Date(Date.UTC(year, 1, 29) + ms));
/** Around the EU DST switches (last Sunday of March/October, 01:00 UTC), and a month before them. */
const dstSwitch = fc
  .record({
    year: fc.integer({ min: 2000, max: 2100 }),
    october: fc.boolean(),
    monthBefore: fc.boolean(),
    ms: fc.integer({ min: -6 * HOUR, max: 6 * HOUR }),
  })
  .map(({ year, october, monthBefore, ms }) => {
    const month = october ? 9 : 2;
    const lastDay = new Date(Date.UTC(year, month + 1, 0));
    const lastSunday = lastDay.getTime() - lastDay.getUTCDay() * 86_400_000;
    return new Date(lastSunday + HOUR + ms - (monthBefore ? 31 * 86_400_000 : 0));
  });
const interesting = fc.oneof(anyInstant, monthEnd, leapDay, dstSwitch);

describe("R9 deadline — properties over 2000–2100", () => {
  it("R9: the deadline is 23:59:59.999 Danish time on the same day next month (clamped)", () => {
    fc.assert(
      fc.property(interesting, (initiativeAt) => {
        const deadline = firstMeetingDeadline(initiativeAt);
        const local = danish(deadline);
        expect(local.time).toBe("23:59:59.999");
        expect({ year: local.year, month: local.month, day: local.day }).toEqual(
          expectedDeadlineDay(initiativeAt),
        );
        // One millisecond later it is the next Danish day, at midnight.
        expect(danish(new Date(deadline.getTime() + 1)).time).toBe("00:00:00.000");
      }),
      { numRuns: 3000 },
    );
  });

  it("R9: agrees with @date-fns/tz's TZDate wall-clock construction", () => {
    fc.assert(
      fc.property(interesting, (initiativeAt) => {
        const { year, month, day } = expectedDeadlineDay(initiativeAt);
        const reference = new TZDate(year, month - 1, day, 23, 59, 59, 999, DANISH_TIME_ZONE);
        expect(firstMeetingDeadline(initiativeAt).getTime()).toBe(reference.getTime());
      }),
      { numRuns: 2000 },
    );
  });

  it("R9: the deadline lies between 27 days and 32 days + 1 hour ahead and never moves backwards as the initiative moves forwards", () => {
    fc.assert(
      fc.property(interesting, fc.integer({ min: 0, max: 40 * 86_400_000 }), (a, delta) => {
        const b = new Date(Math.min(a.getTime() + delta, MAX));
        const da = firstMeetingDeadline(a).getTime();
        expect(da - a.getTime()).toBeGreaterThan(27 * 86_400_000);
        expect(da - a.getTime()).toBeLessThanOrEqual(32 * 86_400_000 + HOUR);
        expect(firstMeetingDeadline(b).getTime()).toBeGreaterThanOrEqual(da);
      }),
      { numRuns: 2000 },
    );
  });

  it("R9: deadlineStatus states and daysLeft agree with the Danish calendar", () => {
    fc.assert(
      fc.property(
        interesting,
        fc.integer({ min: -5 * 86_400_000, max: 70 * 86_400_000 }),
        fc.option(fc.integer({ min: 0, max: 60 * 86_400_000 }), { nil: null }),
        (initiativeAt, nowOffset, heldOffset) => {
          const now = new Date(initiativeAt.getTime() + nowOffset);
          const firstMeetingHeldAt =
            heldOffset === null ? null : new Date(initiativeAt.getTime() + heldOffset);
          const status = deadlineStatus({ initiativeAt, firstMeetingHeldAt }, now);
          expect(status.deadline).toEqual(firstMeetingDeadline(initiativeAt));
          expect(status.daysLeft).toBe(
            dayIndex(expectedDeadlineDay(initiativeAt)) - dayIndex(danish(now)),
          );
          const late = (at: Date) => at.getTime() > status.deadline.getTime();
          if (firstMeetingHeldAt === null)
            expect(status.state).toBe(late(now) ? "overdue" : "open");
          else expect(status.state).toBe(late(firstMeetingHeldAt) ? "missed" : "met");
          if (status.state === "open") expect(status.daysLeft).toBeGreaterThanOrEqual(0);
          if (status.state === "overdue") expect(status.daysLeft).toBeLessThan(0);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("R12: quarterOf follows the Danish month", () => {
    fc.assert(
      fc.property(interesting, (at) => {
        const { year, month } = danish(at);
        expect(quarterOf(at)).toEqual({ year, quarter: Math.ceil(month / 3) });
      }),
      { numRuns: 2000 },
    );
  });

  it("civil day arithmetic agrees with Date.UTC", () => {
    fc.assert(
      fc.property(fc.integer({ min: -800_000, max: 800_000 }), (dayNumber) => {
        const date = new Date(dayNumber * 86_400_000);
        const civil = civilFromDays(dayNumber);
        expect(civil).toEqual({
          year: date.getUTCFullYear(),
          month: date.getUTCMonth() + 1,
          day: date.getUTCDate(),
        });
        expect(daysFromCivil(civil.year, civil.month, civil.day)).toBe(dayNumber);
      }),
      { numRuns: 3000 },
    );
  });
});
