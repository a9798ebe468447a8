import { TextSchema } from "../common/schemas";
import { z } from "../common/zod";
import { domainError } from "../errors/domain-error";
import type { CaseState } from "./case-state";
import { type CaseCommandResult, type CommandContext, runCaseCommand } from "./command";
import { pendingInvitation, requireAnsweringLeader } from "./invite-organisation";

export const DeclineInvitationCommandSchema = z.object({ reason: TextSchema });
export type DeclineInvitationCommand = z.input<typeof DeclineInvitationCommandSchema>;

/**
 * R6: "who joins is decided case by case". A leader of an invited organisation says no for
 * their own organisation, with a reason the case's leaders can read. The organisation may
 * be invited again later.
 */
export function declineInvitation(
  state: CaseState,
  input: DeclineInvitationCommand,
  context: CommandContext,
): CaseCommandResult {
  return runCaseCommand(
    DeclineInvitationCommandSchema,
    state,
    input,
    context,
    (s, command, { actor, now }) => {
      const error = requireAnsweringLeader(s, actor);
      if (error) return error;
      const invitation = pendingInvitation(s, actor.organisationId);
      if (!invitation) {
        return domainError("ORGANISATION_NOT_INVITED", {
          details: { organisationId: actor.organisationId },
        });
      }
      const declined = { declinedAt: now, declinedBy: actor, reason: command.reason };
      return {
        state: {
          ...s,
          invitations: s.invitations.map((i) => (i === invitation ? { ...i, declined } : i)),
        },
        events: [
          {
            type: "InvitationDeclined",
            organisationId: actor.organisationId,
            reason: command.reason,
          },
        ],
      };
    },
  );
}
