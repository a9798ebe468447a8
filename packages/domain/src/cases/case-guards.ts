import { type Actor, isLeader, isLeaderOfUnit } from "../actors/actor";
import { type DomainError, domainError } from "../errors/domain-error";
import type { RuleId } from "../errors/rules";
import type { TeamMember } from "../team/team-member";
import type { CaseStatus } from "../vocabulary";
import type { CaseState, ParticipatingOrganisation } from "./case-state";

/**
 * The case must be in one of `allowed`. An excluded case answers with R3's own error, so
 * the user learns why and where to go instead.
 */
export function requireStatus(
  state: CaseState,
  allowed: readonly CaseStatus[],
  rule: RuleId | null,
): DomainError | null {
  if (allowed.includes(state.status)) return null;
  if (state.status === "excluded") {
    return domainError("CASE_EXCLUDED", {
      details: { alternatives: state.exclusion?.alternatives },
    });
  }
  return domainError("WRONG_CASE_STATUS", {
    rule,
    details: { status: state.status, allowed: [...allowed] },
  });
}

export const currentMember = (state: CaseState, personId: string): TeamMember | undefined =>
  state.team.members.find((member) => member.personId === personId);

export const participatingOrganisation = (
  state: CaseState,
  organisationId: string,
): ParticipatingOrganisation | undefined =>
  state.organisations.find((organisation) => organisation.organisationId === organisationId);

/** R6: a leader of an organisation that takes part in the case. */
export function requireParticipatingLeader(state: CaseState, actor: Actor): DomainError | null {
  if (!isLeader(actor)) return domainError("NOT_A_LEADER");
  if (!participatingOrganisation(state, actor.organisationId)) {
    return domainError("ORGANISATION_NOT_PARTICIPATING", {
      details: { organisationId: actor.organisationId },
    });
  }
  return null;
}

/** R7: a current member of the team. */
export function requireTeamMember(
  state: CaseState,
  actor: Actor,
  rule: RuleId = "R7",
): DomainError | null {
  return currentMember(state, actor.personId)
    ? null
    : domainError("NOT_A_TEAM_MEMBER", { rule, details: { personId: actor.personId } });
}

/**
 * Anyone who works on the case: the initiator, a leader of the initiator's unit, a current
 * team member, or a leader of a participating organisation.
 */
export function isCaseParticipant(state: CaseState, actor: Actor): boolean {
  return (
    actor.personId === state.initiative.initiator.personId ||
    isLeaderOfUnit(actor, state.initiative.initiator) ||
    currentMember(state, actor.personId) !== undefined ||
    (isLeader(actor) && participatingOrganisation(state, actor.organisationId) !== undefined)
  );
}

export function requireCaseParticipant(
  state: CaseState,
  actor: Actor,
  rule: RuleId,
): DomainError | null {
  return isCaseParticipant(state, actor)
    ? null
    : domainError("NOT_A_CASE_PARTICIPANT", { rule, details: { personId: actor.personId } });
}

/** Ids of meetings, consents and notices are chosen by the caller and must be unique. */
export function requireUnusedId(
  ids: Iterable<string>,
  id: string,
  kind: string,
): DomainError | null {
  for (const existing of ids) {
    if (existing === id) return domainError("DUPLICATE_ID", { details: { kind, id } });
  }
  return null;
}
