import { isLeader } from "../actors/actor";
import { currentMember, participatingOrganisation, requireStatus } from "../cases/case-guards";
import type { CaseState } from "../cases/case-state";
import { type CaseCommandResult, type CommandContext, runCaseCommand } from "../cases/command";
import { IdSchema, OptionalTextSchema, TextSchema } from "../common/schemas";
import { z } from "../common/zod";
import { domainError } from "../errors/domain-error";
import { ContactDetailsSchema } from "./team-member";

export const UpdateTeamMemberCommandSchema = z.object({
  personId: IdSchema,
  role: TextSchema.optional(),
  tasks: OptionalTextSchema.optional(),
  contact: ContactDetailsSchema.optional(),
  notDirectlyInvolved: z.boolean().optional(),
});
export type UpdateTeamMemberCommand = z.input<typeof UpdateTeamMemberCommandSchema>;

/**
 * R7: the coordinator keeps participants' contact information current. The coordinator,
 * the member themselves, or a leader of a participating organisation may update a
 * member's role, tasks and contact details.
 */
export function updateTeamMember(
  state: CaseState,
  input: UpdateTeamMemberCommand,
  context: CommandContext,
): CaseCommandResult {
  return runCaseCommand(
    UpdateTeamMemberCommandSchema,
    state,
    input,
    context,
    (s, command, { actor }) => {
      const error = requireStatus(s, ["active"], "R7");
      if (error) return error;
      const member = currentMember(s, command.personId);
      if (!member)
        return domainError("MEMBER_NOT_IN_TEAM", { details: { personId: command.personId } });
      const mayUpdate =
        actor.personId === s.team.coordinatorPersonId ||
        actor.personId === command.personId ||
        (isLeader(actor) && participatingOrganisation(s, actor.organisationId) !== undefined);
      if (!mayUpdate)
        return domainError("NOT_COORDINATOR", { details: { personId: actor.personId } });
      const updated = {
        ...member,
        role: command.role ?? member.role,
        tasks: command.tasks === undefined ? member.tasks : command.tasks,
        contact: command.contact ?? member.contact,
        notDirectlyInvolved: command.notDirectlyInvolved ?? member.notDirectlyInvolved,
      };
      return {
        state: {
          ...s,
          team: {
            ...s.team,
            members: s.team.members.map((m) => (m.personId === command.personId ? updated : m)),
          },
        },
        events: [{ type: "TeamMemberUpdated", personId: command.personId }],
      };
    },
  );
}
