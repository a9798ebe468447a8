import { agreedMeetingFrequency } from "../cases/case-queries";
import type { CaseState } from "../cases/case-state";
import { initiativeReasonLabels } from "../initiative/initiative";
import type {
  AgreementKind,
  CitizenAgreementDraft,
  OrganisationalAgreementDraft,
} from "./agreement-schemas";

/**
 * Fills in what the case already knows — citizen's name, coordinator, team members and
 * their roles/tasks, the reasons for the initiative, the meeting frequency a signed agreement
 * settled — so nobody types it twice
 * (R14: as little bureaucracy as possible). The rest is for the people to write.
 *
 * The agreement, like the paper template, names organisations. The case knows the name of an
 * organisation that joined with one; `directory` (organisation id → name, from the caller's
 * register) names the rest, e.g. the initiator's own organisation. An organisation neither
 * knows is left empty for the people to fill in, never shown as an id.
 *
 * R4: with `reaches` (from `informationReach` for the person the draft is for), only what
 * reaches that person is filled in: a member's tasks only from an organisation the consent
 * lets information come from, the initiative's reasons likewise; names and roles always.
 */
export function agreementDraftFromCase(
  state: CaseState,
  kind: "organisational",
  directory?: ReadonlyMap<string, string>,
  reaches?: (organisationId: string) => boolean,
): OrganisationalAgreementDraft;
export function agreementDraftFromCase(
  state: CaseState,
  kind: "citizen",
  directory?: ReadonlyMap<string, string>,
  reaches?: (organisationId: string) => boolean,
): CitizenAgreementDraft;
export function agreementDraftFromCase(
  state: CaseState,
  kind: AgreementKind,
  directory: ReadonlyMap<string, string> = new Map(),
  reaches: (organisationId: string) => boolean = () => true,
): OrganisationalAgreementDraft | CitizenAgreementDraft {
  const organisationName = (organisationId: string) =>
    state.organisations.find((o) => o.organisationId === organisationId)?.organisationName ??
    directory.get(organisationId) ??
    "";
  const teamMembers = state.team.members.map((member) => ({
    name: member.name,
    organisation: organisationName(member.organisationId),
    roleOrTasks:
      member.tasks && reaches(member.organisationId)
        ? `${member.role}: ${member.tasks}`
        : member.role,
  }));
  // R10/R11: the frequency one signed agreement settled is the other's starting point.
  const frequency = agreedMeetingFrequency(state);
  const common = {
    citizenName: state.citizen.name,
    teamMembers,
    ...(frequency && { meetingFrequency: frequency }),
  };
  if (kind === "citizen") return common;
  const coordinator = state.team.members.find((m) => m.personId === state.team.coordinatorPersonId);
  const { categories, text } = state.initiative.reasons;
  const reasons = [...categories.map((c) => initiativeReasonLabels[c].da), ...(text ? [text] : [])];
  return {
    ...common,
    coordinatorName: coordinator?.name ?? null,
    activationReason: reaches(state.initiative.initiator.organisationId)
      ? reasons.join("; ")
      : null,
  };
}
