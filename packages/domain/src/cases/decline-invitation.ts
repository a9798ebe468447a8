import { isLeader } from "../actors/actor";
import { TextSchema } from "../common/schemas";
import { z } from "../common/zod";
import { domainError } from "../errors/domain-error";
import { participatingOrganisation, requireStatus } from "./case-guards";
import type { CaseState } from "./case-state";
import { type CaseCommandResult, type CommandContext, runCaseCommand } from "./command";
import { joinableStatuses, pendingInvitation } from "./invite-organisation";

export const DeclineInvitationCommandSchema = z.object({ reason: TextSchema });
export type DeclineInvitationCommand = z.input<typeof DeclineInvitationCommandSchema>;

/**
 * R6: "who joins is decided case by case". A leader of an invited organisation says no for
 * their own organisation, with a reason the case's leaders can read. The organisation may
 * be invited again later.
 */
export function declineInvitation(
  state: CaseState,
  input: unknown,
  context: CommandContext,
): CaseCommandResult {
  return runCaseCommand(
    DeclineInvitationCommandSchema,
    state,
    input,
    context,
    (s, command, { actor, now }) => {
      const error = requireStatus(s, joinableStatuses, "R6");
      if (error) return error;
      if (!isLeader(actor)) return domainError("NOT_A_LEADER");
      const details = { details: { organisationId: actor.organisationId } };
      if (participatingOrganisation(s, actor.organisationId)) {
        return domainError("ORGANISATION_ALREADY_PARTICIPATING", details);
      }
      const invitation = pendingInvitation(s, actor.organisationId);
      if (!invitation) return domainError("ORGANISATION_NOT_INVITED", details);
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
