import { memberOrganisationError } from "../cases/activate-case";
import {
  currentMember,
  participatingOrganisation,
  requireParticipatingLeader,
  requireStatus,
} from "../cases/case-guards";
import type { CaseState } from "../cases/case-state";
import { type CaseCommandResult, type CommandContext, runCaseCommand } from "../cases/command";
import { z } from "../common/zod";
import { domainError } from "../errors/domain-error";
import { NewTeamMemberSchema } from "./team-member";

export const AddTeamMemberCommandSchema = z.object({ member: NewTeamMemberSchema });
export type AddTeamMemberCommand = z.input<typeof AddTeamMemberCommandSchema>;

/** R6: only leaders (of participating organisations) appoint team members. */
export function addTeamMember(
  state: CaseState,
  input: AddTeamMemberCommand,
  context: CommandContext,
): CaseCommandResult {
  return runCaseCommand(
    AddTeamMemberCommandSchema,
    state,
    input,
    context,
    (s, { member }, { actor, now }) => {
      const error = requireStatus(s, ["active"], "R6") ?? requireParticipatingLeader(s, actor);
      if (error) return error;
      if (currentMember(s, member.personId)) {
        return domainError("MEMBER_ALREADY_IN_TEAM", { details: { personId: member.personId } });
      }
      const organisation = participatingOrganisation(s, member.organisationId);
      if (!organisation) return memberOrganisationError(member.organisationId, member.personId);
      return {
        state: {
          ...s,
          team: {
            ...s.team,
            members: [
              ...s.team.members,
              {
                ...member,
                sector: organisation.sector,
                addedAt: now,
                addedByPersonId: actor.personId,
              },
            ],
          },
        },
        events: [
          {
            type: "TeamMemberAdded",
            personId: member.personId,
            organisationId: member.organisationId,
            role: member.role,
          },
        ],
      };
    },
  );
}
