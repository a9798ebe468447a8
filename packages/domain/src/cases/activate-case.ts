import { IdSchema } from "../common/schemas";
import { z } from "../common/zod";
import { type DomainError, domainError } from "../errors/domain-error";
import { NewTeamMemberSchema, type TeamMember } from "../team/team-member";
import {
  participatingOrganisation,
  requireParticipatingLeader,
  requireStatus,
} from "./case-guards";
import type { CaseState } from "./case-state";
import { type CaseCommandResult, type CommandContext, runCaseCommand } from "./command";
import { MINIMUM_SECTORS, participatingSectors } from "./sectors";

export const ActivateCaseCommandSchema = z.object({
  /** R6: the cross-sectoral team the leaders appoint. */
  members: z
    .array(NewTeamMemberSchema)
    .min(1)
    .refine((members) => new Set(members.map((m) => m.personId)).size === members.length, {
      message: "A person can be in the team only once",
    }),
  /** R7: exactly one coordinator, one of `members`. */
  coordinatorPersonId: IdSchema,
});
export type ActivateCaseCommand = z.input<typeof ActivateCaseCommandSchema>;

/**
 * R6: a leader of a participating organisation activates an endorsed case once
 * organisations from at least two sectors have joined (each by one of its own leaders,
 * see `joinCase`), appointing the team and its coordinator (R7).
 */
export function activateCase(
  state: CaseState,
  input: ActivateCaseCommand,
  context: CommandContext,
): CaseCommandResult {
  return runCaseCommand(
    ActivateCaseCommandSchema,
    state,
    input,
    context,
    (s, command, { actor, now }) => {
      const error = requireStatus(s, ["endorsed"], "R6") ?? requireParticipatingLeader(s, actor);
      if (error) return error;
      const sectors = participatingSectors(s);
      if (sectors.length < MINIMUM_SECTORS) {
        return domainError("TOO_FEW_SECTORS", { details: { sectors } });
      }
      const members: TeamMember[] = [];
      for (const member of command.members) {
        const organisation = participatingOrganisation(s, member.organisationId);
        if (!organisation) return memberOrganisationError(member.organisationId, member.personId);
        members.push({
          ...member,
          sector: organisation.sector,
          addedAt: now,
          addedByPersonId: actor.personId,
        });
      }
      if (!members.some((member) => member.personId === command.coordinatorPersonId)) {
        return domainError("COORDINATOR_NOT_A_MEMBER", {
          details: { personId: command.coordinatorPersonId },
        });
      }
      return {
        state: {
          ...s,
          status: "active",
          activation: { activatedAt: now, activatedBy: actor },
          team: { ...s.team, members, coordinatorPersonId: command.coordinatorPersonId },
        },
        events: [
          {
            type: "CaseActivated",
            organisationIds: s.organisations.map((organisation) => organisation.organisationId),
            sectors,
            coordinatorPersonId: command.coordinatorPersonId,
            memberPersonIds: members.map((member) => member.personId),
          },
        ],
      };
    },
  );
}

/** R6: team members come from organisations that take part in the case. */
export function memberOrganisationError(organisationId: string, personId: string): DomainError {
  return domainError("ORGANISATION_NOT_PARTICIPATING", { details: { organisationId, personId } });
}
