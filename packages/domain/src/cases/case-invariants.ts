import type { CaseState } from "./case-state";
import { mayJoinCase } from "./invite-organisation";
import { MINIMUM_SECTORS, participatingSectors } from "./sectors";

/**
 * The rules every reachable case state obeys. Commands keep them; the property tests
 * check them after every command, and the API may check state read back from storage.
 * Returns a description of each broken invariant (empty when all hold).
 */
export function caseInvariantViolations(state: CaseState): string[] {
  const violations: string[] = [];
  const activated = state.status === "active" || state.activation !== null;
  if (activated) {
    // R5 before R6: an active case was endorsed by the initiator's own leader.
    if (state.endorsement?.decision !== "endorsed")
      violations.push("R5: activated without endorsement");
    // R6: at least two sectors.
    if (participatingSectors(state).length < MINIMUM_SECTORS) {
      violations.push("R6: activated with fewer than two sectors");
    }
    // R6: each organisation agreed by one of its own leaders.
    for (const organisation of state.organisations) {
      const leader = organisation.agreedBy;
      if (leader.role !== "leader" || leader.organisationId !== organisation.organisationId) {
        violations.push(
          `R6: organisation ${organisation.organisationId} not agreed by its own leader`,
        );
      }
    }
  }
  // R6: only the initiator's own organisation or an invited one takes part.
  for (const { organisationId } of state.organisations) {
    if (!mayJoinCase(state, organisationId)) {
      violations.push(`R6: organisation ${organisationId} joined without an invitation`);
    }
  }
  // R3: an excluded case is never activated, nor endorsed after the exclusion (a citizen
  // may come to reject all help after the leader endorsed, before activation).
  const exclusion = state.exclusion;
  const endorsedAfterExclusion =
    exclusion !== null &&
    state.endorsement !== null &&
    state.endorsement.decidedAt.getTime() > exclusion.decidedAt.getTime();
  if (exclusion !== null && (state.activation !== null || endorsedAfterExclusion)) {
    violations.push("R3: excluded case endorsed or activated");
  }
  // R7: exactly one coordinator once active, always a current member.
  const coordinator = state.team.coordinatorPersonId;
  if (state.status === "active" && coordinator === null)
    violations.push("R7: active case without coordinator");
  if (coordinator !== null && !state.team.members.some((m) => m.personId === coordinator)) {
    violations.push("R7: coordinator is not a current member");
  }
  const personIds = state.team.members.map((m) => m.personId);
  if (new Set(personIds).size !== personIds.length)
    violations.push("R6: a person is in the team twice");
  // R10/R11: versions are numbered 1..n; a signed version has a signing time.
  for (const kind of ["organisational", "citizen"] as const) {
    const versions = state.agreements[kind];
    versions.forEach((version, index) => {
      if (version.version !== index + 1) violations.push(`${kind} agreement versions are not 1..n`);
      if ((version.status === "signed") !== (version.signedAt !== null)) {
        violations.push(`${kind} agreement v${version.version}: status and signedAt disagree`);
      }
    });
  }
  // R4: who recorded a meeting's record is known once it is held, and only then.
  for (const meeting of state.meetings) {
    if ((meeting.heldAt !== null) !== (meeting.heldRecordedBy !== null)) {
      violations.push(`R4: meeting ${meeting.meetingId} held without its recorder, or the reverse`);
    }
  }
  return violations;
}
