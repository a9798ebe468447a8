import type { CaseState } from "../cases/case-state";
import { initiativeReasonLabels } from "../initiative/initiative";
import type {
  AgreementKind,
  CitizenAgreementDraft,
  OrganisationalAgreementDraft,
} from "./agreement-schemas";

/**
 * Fills in what the case already knows — citizen's name, coordinator, team members and
 * their roles/tasks, the reasons for the initiative — so nobody types it twice
 * (R14: as little bureaucracy as possible). The rest is for the people to write.
 */
export function agreementDraftFromCase(
  state: CaseState,
  kind: "organisational",
): OrganisationalAgreementDraft;
export function agreementDraftFromCase(state: CaseState, kind: "citizen"): CitizenAgreementDraft;
export function agreementDraftFromCase(
  state: CaseState,
  kind: AgreementKind,
): OrganisationalAgreementDraft | CitizenAgreementDraft {
  const organisationName = (organisationId: string) =>
    state.organisations.find((o) => o.organisationId === organisationId)?.organisationName ??
    organisationId;
  const teamMembers = state.team.members.map((member) => ({
    name: member.name,
    organisation: organisationName(member.organisationId),
    roleOrTasks: member.tasks ? `${member.role}: ${member.tasks}` : member.role,
  }));
  const common = { citizenName: state.citizen.name, teamMembers };
  if (kind === "citizen") return common;
  const coordinator = state.team.members.find((m) => m.personId === state.team.coordinatorPersonId);
  const { categories, text } = state.initiative.reasons;
  const reasons = [...categories.map((c) => initiativeReasonLabels[c].da), ...(text ? [text] : [])];
  return {
    ...common,
    coordinatorName: coordinator?.name ?? null,
    activationReason: reasons.join("; "),
  };
}
