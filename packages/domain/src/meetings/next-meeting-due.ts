import { firstMeetingDeadlineDay } from "../deadline/first-meeting-deadline";
import { addMonthsClamped } from "../time/calendar";
import { danishDayNumber, endOfDanishDay, instantMs } from "../time/copenhagen";
import type { MeetingKind } from "./meeting";

export interface NextMeetingDueInput {
  initiativeAt: Date;
  /** The agreed meeting frequency (R10/R11 "Mødehyppighed i teamet"), if agreed yet. */
  frequency: { every: number; unit: "week" | "month" } | null;
  /** Meetings held so far (any order). */
  meetingsHeld: ReadonlyArray<{ kind: MeetingKind; heldAt: Date }>;
}

export interface NextMeetingDue {
  /**
   * `first_meeting_deadline`: no collaboration meeting held yet, so R9 decides ·
   * `agreed_frequency`: the last meeting plus the agreed interval ·
   * `no_agreed_frequency`: meetings are held but no frequency is agreed yet.
   */
  basis: "first_meeting_deadline" | "agreed_frequency" | "no_agreed_frequency";
  /** Last millisecond (Danish time) of the day the next meeting is due; `null` if unknown. */
  due: Date | null;
  overdue: boolean;
  /** Danish calendar days from `now`'s day to the due day (negative when overdue). */
  daysLeft: number | null;
  lastHeldAt: Date | null;
}

/**
 * When the team's next meeting is due and whether it is overdue. Until the first
 * collaboration meeting is held, the R9 deadline is what is due. After it, the next
 * meeting is due the agreed interval after the last meeting of either kind (a preparatory
 * meeting is a team meeting too), counted in Danish calendar days/months.
 *
 * @example
 * nextMeetingDue({ initiativeAt, frequency: { every: 2, unit: "week" },
 *   meetingsHeld: [{ kind: "collaboration", heldAt: new Date("2025-04-01T08:00:00Z") }] }, now);
 * // { basis: "agreed_frequency", due: 2025-04-15T21:59:59.999Z, … }
 */
export function nextMeetingDue(input: NextMeetingDueInput, now: Date): NextMeetingDue {
  const nowMs = instantMs(now, "now");
  let lastHeldMs = Number.NEGATIVE_INFINITY;
  let collaborationHeld = false;
  for (const meeting of input.meetingsHeld) {
    const heldMs = instantMs(meeting.heldAt, "heldAt");
    if (heldMs > lastHeldMs) lastHeldMs = heldMs;
    if (meeting.kind === "collaboration") collaborationHeld = true;
  }
  const lastHeldAt = Number.isFinite(lastHeldMs) ? new Date(lastHeldMs) : null;

  let basis: NextMeetingDue["basis"];
  let dueDay: number | null;
  if (!collaborationHeld) {
    basis = "first_meeting_deadline";
    dueDay = firstMeetingDeadlineDay(instantMs(input.initiativeAt, "initiativeAt"));
  } else if (input.frequency === null) {
    basis = "no_agreed_frequency";
    dueDay = null;
  } else {
    basis = "agreed_frequency";
    const lastDay = danishDayNumber(lastHeldMs);
    dueDay =
      input.frequency.unit === "week"
        ? lastDay + 7 * input.frequency.every
        : addMonthsClamped(lastDay, input.frequency.every);
  }
  if (dueDay === null) return { basis, due: null, overdue: false, daysLeft: null, lastHeldAt };
  const dueMs = endOfDanishDay(dueDay);
  return {
    basis,
    due: new Date(dueMs),
    overdue: nowMs > dueMs,
    daysLeft: dueDay - danishDayNumber(nowMs),
    lastHeldAt,
  };
}
