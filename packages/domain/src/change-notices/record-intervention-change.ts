import { requireStatus, requireTeamMember, requireUnusedId } from "../cases/case-guards";
import type { CaseState } from "../cases/case-state";
import { type CaseCommandResult, type CommandContext, runCaseCommand } from "../cases/command";
import { IdSchema, InstantSchema, TextSchema } from "../common/schemas";
import { z } from "../common/zod";
import { changeEffectiveFromError } from "./change-notice-dates";

export const RecordInterventionChangeCommandSchema = z.object({
  noticeId: IdSchema,
  description: TextSchema,
  effectiveFrom: InstantSchema.nullish().transform((value) => value ?? null),
});
export type RecordInterventionChangeCommand = z.input<typeof RecordInterventionChangeCommandSchema>;

/**
 * R13: a team member records that their organisation changes its intervention in a way
 * that matters for the collaboration. The notice goes to every *other* current team
 * member, each of whom must acknowledge it.
 */
export function recordInterventionChange(
  state: CaseState,
  input: RecordInterventionChangeCommand,
  context: CommandContext,
): CaseCommandResult {
  return runCaseCommand(
    RecordInterventionChangeCommandSchema,
    state,
    input,
    context,
    (s, command, { actor, now }) => {
      const error =
        requireStatus(s, ["active"], "R13") ??
        requireTeamMember(s, actor, "R13") ??
        requireUnusedId(
          s.changeNotices.map((n) => n.noticeId),
          command.noticeId,
          "changeNotice",
        ) ??
        changeEffectiveFromError(s, command.effectiveFrom, now);
      if (error) return error;
      const recipientPersonIds = s.team.members
        .map((member) => member.personId)
        .filter((personId) => personId !== actor.personId);
      return {
        state: {
          ...s,
          changeNotices: [
            ...s.changeNotices,
            {
              noticeId: command.noticeId,
              description: command.description,
              effectiveFrom: command.effectiveFrom,
              recordedAt: now,
              recordedBy: actor,
              recipients: recipientPersonIds.map((personId) => ({
                personId,
                acknowledgedAt: null,
              })),
            },
          ],
        },
        events: [{ type: "ChangeNoticeIssued", noticeId: command.noticeId, recipientPersonIds }],
      };
    },
  );
}
