import { requireStatus, requireTeamMember } from "../cases/case-guards";
import type { CaseState } from "../cases/case-state";
import { type CaseCommandResult, type CommandContext, runCaseCommand } from "../cases/command";
import { provenanceOf } from "../cases/provenance";
import { IdSchema, InstantSchema, OptionalTextSchema } from "../common/schemas";
import { z } from "../common/zod";
import { deadlineStatus } from "../deadline/deadline-status";
import { domainError } from "../errors/domain-error";
import { type Meeting, MeetingKindSchema, MeetingPlaceSchema } from "./meeting";
import { meetingHeldAtError } from "./meeting-dates";

export const RecordMeetingHeldCommandSchema = z.object({
  /** A scheduled meeting's id, or a new id for a meeting that was not scheduled here. */
  meetingId: IdSchema,
  kind: MeetingKindSchema,
  heldAt: InstantSchema,
  /** R8: the citizen may be absent even from a collaboration meeting. */
  citizenPresent: z.boolean(),
  attendeePersonIds: z.array(IdSchema).default([]),
  decisionMinutes: OptionalTextSchema,
  /** R7: where it was held, when not where it was planned; absent keeps the plan's place. */
  place: MeetingPlaceSchema.optional(),
});
export type RecordMeetingHeldCommand = z.input<typeof RecordMeetingHeldCommandSchema>;

/**
 * R8/R9: records that a meeting was held. Only a held *collaboration* meeting meets the R9
 * deadline; the event says whether this one is the first and how the deadline went.
 * R7: any current team member may record it (the coordinator may be away).
 */
export function recordMeetingHeld(
  state: CaseState,
  input: RecordMeetingHeldCommand,
  context: CommandContext,
): CaseCommandResult {
  return runCaseCommand(
    RecordMeetingHeldCommandSchema,
    state,
    input,
    context,
    (s, command, { actor, now }) => {
      const error =
        requireStatus(s, ["active"], "R8") ??
        requireTeamMember(s, actor, "R8") ??
        meetingHeldAtError(s, command.heldAt, now);
      if (error) return error;
      if (command.kind === "preparatory" && command.citizenPresent) {
        return domainError("PREPARATORY_MEETING_WITH_CITIZEN");
      }
      const scheduled = s.meetings.find((meeting) => meeting.meetingId === command.meetingId);
      if (scheduled?.status === "held") {
        return domainError("MEETING_ALREADY_HELD", { details: { meetingId: command.meetingId } });
      }
      if (scheduled && scheduled.kind !== command.kind) {
        return domainError("MEETING_KIND_MISMATCH", {
          details: {
            meetingId: command.meetingId,
            scheduled: scheduled.kind,
            recorded: command.kind,
          },
        });
      }
      const held: Meeting = {
        meetingId: command.meetingId,
        kind: command.kind,
        status: "held",
        scheduledFor: scheduled?.scheduledFor ?? null,
        citizenInvited: command.kind === "collaboration",
        heldAt: command.heldAt,
        citizenPresent: command.citizenPresent,
        attendeePersonIds: [...new Set(command.attendeePersonIds)],
        decisionMinutes: command.decisionMinutes,
        // R7: the plan's place, link and invitations stay with the meeting once held.
        place: command.place !== undefined ? command.place : (scheduled?.place ?? null),
        videoLink: scheduled?.videoLink ?? null,
        invitedPersonIds: scheduled?.invitedPersonIds ?? [],
        scheduledBy: scheduled?.scheduledBy ?? null,
        heldRecordedBy: provenanceOf(actor, now),
      };
      const firstCollaborationMeeting =
        command.kind === "collaboration" &&
        !s.meetings.some(
          (m) =>
            m.kind === "collaboration" &&
            m.status === "held" &&
            m.heldAt !== null &&
            m.heldAt.getTime() <= command.heldAt.getTime(),
        );
      const deadlineState = firstCollaborationMeeting
        ? deadlineStatus(
            { initiativeAt: s.initiative.initiativeAt, firstMeetingHeldAt: command.heldAt },
            now,
          ).state
        : null;
      return {
        state: {
          ...s,
          meetings: scheduled
            ? s.meetings.map((m) => (m.meetingId === command.meetingId ? held : m))
            : [...s.meetings, held],
        },
        events: [
          {
            type: "MeetingHeld",
            meetingId: command.meetingId,
            kind: command.kind,
            heldAt: command.heldAt,
            citizenPresent: command.citizenPresent,
            firstCollaborationMeeting,
            deadlineState,
          },
        ],
      };
    },
  );
}
