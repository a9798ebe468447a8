import { OptionalTextSchema } from "../common/schemas";
import { z } from "../common/zod";
import { domainError } from "../errors/domain-error";
import type { CaseState } from "./case-state";
import { type CaseCommandResult, type CommandContext, runCaseCommand } from "./command";
import { mayJoinCase, requireAnsweringLeader } from "./invite-organisation";

export const JoinCaseCommandSchema = z.object({ organisationName: OptionalTextSchema });
export type JoinCaseCommand = z.input<typeof JoinCaseCommandSchema>;

/**
 * R6: contact across sectors happens between leaders. A leader agrees, for their *own*
 * organisation, that it takes part in the case. The organisation, unit and sector are the
 * leader's own, so nobody can sign up another organisation; and only the initiator's own
 * organisation or an invited one (`inviteOrganisation`) may join.
 */
export function joinCase(
  state: CaseState,
  input: JoinCaseCommand,
  context: CommandContext,
): CaseCommandResult {
  return runCaseCommand(
    JoinCaseCommandSchema,
    state,
    input,
    context,
    (s, command, { actor, now }) => {
      const error = requireAnsweringLeader(s, actor);
      if (error) return error;
      if (!mayJoinCase(s, actor.organisationId)) {
        return domainError("ORGANISATION_NOT_INVITED", {
          details: { organisationId: actor.organisationId },
        });
      }
      return {
        state: {
          ...s,
          organisations: [
            ...s.organisations,
            {
              organisationId: actor.organisationId,
              organisationName: command.organisationName,
              sector: actor.sector,
              agreedBy: actor,
              agreedAt: now,
            },
          ],
        },
        events: [
          {
            type: "OrganisationJoined",
            organisationId: actor.organisationId,
            organisationName: command.organisationName,
            sector: actor.sector,
          },
        ],
      };
    },
  );
}
