import { type Actor, isLeader, isLeaderOfUnit } from "../actors/actor";
import { IdSchema } from "../common/schemas";
import { z } from "../common/zod";
import { type DomainError, domainError } from "../errors/domain-error";
import type { CaseStatus } from "../vocabulary";
import { participatingOrganisation, requireStatus } from "./case-guards";
import type { CaseState } from "./case-state";
import { type CaseCommandResult, type CommandContext, runCaseCommand } from "./command";

/** R6: organisations are asked, and join, while a case is endorsed or active. */
export const joinableStatuses = ["endorsed", "active"] as const satisfies readonly CaseStatus[];

export const InviteOrganisationCommandSchema = z.object({ organisationId: IdSchema });
export type InviteOrganisationCommand = z.input<typeof InviteOrganisationCommandSchema>;

/**
 * R6: "contact across sectors happens between leaders". A leader who already stands behind
 * the case — a leader of the initiator's unit (who endorses it, R5) or a leader of a
 * participating organisation — asks another organisation to take part. Only an invited organisation's
 * leaders can then join (`joinCase`), so no leader can attach themselves to a case they were
 * never asked into.
 */
export function inviteOrganisation(
  state: CaseState,
  input: InviteOrganisationCommand,
  context: CommandContext,
): CaseCommandResult {
  return runCaseCommand(
    InviteOrganisationCommandSchema,
    state,
    input,
    context,
    (s, command, { actor, now }) => {
      const error = requireStatus(s, joinableStatuses, "R6");
      if (error) return error;
      if (!isLeader(actor)) return domainError("NOT_A_LEADER");
      const standsBehindCase =
        isLeaderOfUnit(actor, s.initiative.initiator) ||
        participatingOrganisation(s, actor.organisationId) !== undefined;
      if (!standsBehindCase) {
        return domainError("ORGANISATION_NOT_PARTICIPATING", {
          details: { organisationId: actor.organisationId },
        });
      }
      const details = { details: { organisationId: command.organisationId } };
      if (participatingOrganisation(s, command.organisationId)) {
        return domainError("ORGANISATION_ALREADY_PARTICIPATING", details);
      }
      // The initiator's own organisation needs no invitation: it may always join.
      if (command.organisationId === s.initiative.routedTo.organisationId) {
        return domainError("INITIATORS_ORGANISATION_NOT_INVITED", details);
      }
      if (isInvited(s, command.organisationId)) {
        return domainError("ORGANISATION_ALREADY_INVITED", details);
      }
      return {
        state: {
          ...s,
          invitations: [
            ...s.invitations,
            {
              organisationId: command.organisationId,
              invitedBy: actor,
              invitedAt: now,
              implied: false,
              declined: null,
            },
          ],
        },
        events: [{ type: "OrganisationInvited", organisationId: command.organisationId }],
      };
    },
  );
}

/** R6: the organisation's invitation that still stands (not declined), if any. */
export const pendingInvitation = (state: CaseState, organisationId: string) =>
  state.invitations.find(
    (invitation) => invitation.organisationId === organisationId && invitation.declined === null,
  );

/**
 * R6: a leader answering for their own organisation (joining or declining) — the case must
 * be endorsed or active, and the organisation must not take part already.
 */
export function requireAnsweringLeader(state: CaseState, actor: Actor): DomainError | null {
  const error = requireStatus(state, joinableStatuses, "R6");
  if (error) return error;
  if (!isLeader(actor)) return domainError("NOT_A_LEADER");
  if (participatingOrganisation(state, actor.organisationId)) {
    return domainError("ORGANISATION_ALREADY_PARTICIPATING", {
      details: { organisationId: actor.organisationId },
    });
  }
  return null;
}

/** R6: the invitations that still stand (not declined): what invited organisations answer. */
export const standingInvitations = (state: CaseState) =>
  state.invitations.filter((invitation) => invitation.declined === null);

/** R6: the commands by which an invited organisation answers an invitation: yes or no. */
export const invitationAnswerCommands = ["joinCase", "declineInvitation"] as const;

/** R6: whether the organisation has been asked to take part and has not said no. */
export const isInvited = (state: CaseState, organisationId: string): boolean =>
  pendingInvitation(state, organisationId) !== undefined;

/**
 * R6: whether a leader of this organisation may join the case: the initiator's own
 * organisation (its leader endorsed the initiative, R5) or an invited one.
 */
export const mayJoinCase = (state: CaseState, organisationId: string): boolean =>
  organisationId === state.initiative.routedTo.organisationId || isInvited(state, organisationId);
