import { requireStatus, requireUnusedId } from "../cases/case-guards";
import type { CaseState } from "../cases/case-state";
import { type CaseCommandResult, type CommandContext, runCaseCommand } from "../cases/command";
import { provenanceOf } from "../cases/provenance";
import { IdSchema, InstantSchema } from "../common/schemas";
import { z } from "../common/zod";
import { domainError } from "../errors/domain-error";
import { MeetingKindSchema, MeetingPlaceSchema, MeetingVideoLinkSchema } from "./meeting";
import { meetingScheduledForError } from "./meeting-dates";

export const ScheduleMeetingCommandSchema = z.object({
  meetingId: IdSchema,
  kind: MeetingKindSchema,
  scheduledFor: InstantSchema,
  /** R7: where the meeting is held; optional (a video meeting may have no place). */
  place: MeetingPlaceSchema,
  /** R7: an http(s) link for a meeting held online; optional. */
  videoLink: MeetingVideoLinkSchema,
  /** R7: the current team members invited; each at most once. */
  invitedPersonIds: z
    .array(IdSchema)
    .max(200)
    .default([])
    .transform((ids) => [...new Set(ids)]),
});
export type ScheduleMeetingCommand = z.input<typeof ScheduleMeetingCommandSchema>;

/**
 * R7: the coordinator organises the meeting plan and convenes meetings. R8: the citizen is
 * invited to every collaboration meeting; a preparatory meeting is held without them.
 */
export function scheduleMeeting(
  state: CaseState,
  input: ScheduleMeetingCommand,
  context: CommandContext,
): CaseCommandResult {
  return runCaseCommand(
    ScheduleMeetingCommandSchema,
    state,
    input,
    context,
    (s, command, { actor, now }) => {
      const error =
        requireStatus(s, ["active"], "R7") ??
        requireUnusedId(
          s.meetings.map((m) => m.meetingId),
          command.meetingId,
          "meeting",
        );
      if (error) return error;
      if (actor.personId !== s.team.coordinatorPersonId) {
        return domainError("NOT_COORDINATOR", { details: { personId: actor.personId } });
      }
      const notMember = command.invitedPersonIds.find(
        (personId) => !s.team.members.some((m) => m.personId === personId),
      );
      if (notMember !== undefined) {
        return domainError("MEMBER_NOT_IN_TEAM", { details: { personId: notMember } });
      }
      const dateError = meetingScheduledForError(command.scheduledFor, now);
      if (dateError) return dateError;
      const citizenInvited = command.kind === "collaboration";
      return {
        state: {
          ...s,
          meetings: [
            ...s.meetings,
            {
              meetingId: command.meetingId,
              kind: command.kind,
              status: "scheduled",
              scheduledFor: command.scheduledFor,
              citizenInvited,
              heldAt: null,
              citizenPresent: null,
              attendeePersonIds: [],
              place: command.place,
              videoLink: command.videoLink,
              invitedPersonIds: command.invitedPersonIds,
              decisionMinutes: null,
              scheduledBy: provenanceOf(actor, now),
              heldRecordedBy: null,
            },
          ],
        },
        events: [
          {
            type: "MeetingScheduled",
            meetingId: command.meetingId,
            kind: command.kind,
            scheduledFor: command.scheduledFor,
            citizenInvited,
          },
        ],
      };
    },
  );
}
