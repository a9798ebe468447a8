import type { CaseState } from "@samstemt/domain";
import type { CaseViewer } from "../visibility/case-viewer";

// `visibleCasesWhere` (packages/db/src/visibility) as keys: a case's indicator row lists who
// may see it, a viewer holds the keys they see cases by, and a case is visible to the viewer
// when the two share a key. The dashboard then filters 40,000 indicator rows with one array
// overlap instead of three look-ups in other tables per row. Both halves are here, side by
// side, so a change to one rule changes both; test/visibility keeps them equal to
// visibleCasesWhere on generated cases.

const personKey = (personId: string) => `person:${personId}`;
const unitKey = (unitId: string) => `unit:${unitId}`;
const organisationKey = (organisationId: string) => `organisation:${organisationId}`;

/**
 * Who may see the case: the initiator and the current team members (R5–R7), leaders of the
 * initiator's unit (R5) and leaders of the organisations taking part (R6). The roles are
 * applied on the viewer's side: a unit or organisation key is only a leader's.
 */
export function caseVisibilityKeys(state: CaseState): string[] {
  const { initiator } = state.initiative;
  const keys = [
    personKey(initiator.personId),
    unitKey(initiator.unitId),
    ...state.organisations.map((organisation) => organisationKey(organisation.organisationId)),
    ...state.team.members.map((member) => personKey(member.personId)),
  ];
  return [...new Set(keys)];
}

/** The keys the viewer sees cases by; none for an analyst (pseudonymised exports only). */
export function viewerVisibilityKeys(viewer: CaseViewer): string[] {
  if (viewer.role === "analyst") return [];
  if (viewer.role !== "leader") return [personKey(viewer.personId)];
  return [
    personKey(viewer.personId),
    unitKey(viewer.unitId),
    organisationKey(viewer.organisationId),
  ];
}
