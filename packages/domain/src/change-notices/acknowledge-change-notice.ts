import type { CaseState } from "../cases/case-state";
import { type CaseCommandResult, type CommandContext, runCaseCommand } from "../cases/command";
import { IdSchema } from "../common/schemas";
import { z } from "../common/zod";
import { domainError } from "../errors/domain-error";

export const AcknowledgeChangeNoticeCommandSchema = z.object({ noticeId: IdSchema });
export type AcknowledgeChangeNoticeCommand = z.input<typeof AcknowledgeChangeNoticeCommandSchema>;

/** R13: a recipient acknowledges that they have read a change notice (once). */
export function acknowledgeChangeNotice(
  state: CaseState,
  input: AcknowledgeChangeNoticeCommand,
  context: CommandContext,
): CaseCommandResult {
  return runCaseCommand(
    AcknowledgeChangeNoticeCommandSchema,
    state,
    input,
    context,
    (s, { noticeId }, { actor, now }) => {
      const notice = s.changeNotices.find((n) => n.noticeId === noticeId);
      if (!notice) return domainError("NOTICE_NOT_FOUND", { details: { noticeId } });
      const recipient = notice.recipients.find((r) => r.personId === actor.personId);
      if (!recipient) return domainError("NOT_A_NOTICE_RECIPIENT", { details: { noticeId } });
      if (recipient.acknowledgedAt !== null) {
        return domainError("NOTICE_ALREADY_ACKNOWLEDGED", { details: { noticeId } });
      }
      const acknowledged = {
        ...notice,
        recipients: notice.recipients.map((r) =>
          r.personId === actor.personId ? { ...r, acknowledgedAt: now } : r,
        ),
      };
      return {
        state: {
          ...s,
          changeNotices: s.changeNotices.map((n) => (n.noticeId === noticeId ? acknowledged : n)),
        },
        events: [{ type: "ChangeNoticeAcknowledged", noticeId, personId: actor.personId }],
      };
    },
  );
}
