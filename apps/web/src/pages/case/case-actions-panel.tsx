import { ActivateCase } from "./activate-case";
import type { CaseDetail } from "./case-types";
import { DecideInitiative } from "./decide-initiative";
import { EditTeamMember } from "./edit-team-member";
import { ActivationBlocked, InviteOrganisation, JoinCase } from "./join-and-invite";
import { ManageTeam } from "./manage-team";
import { RecordMeeting } from "./record-meeting";
import { ScheduleMeeting } from "./schedule-meeting";

/**
 * The steps of the journey this viewer may take now, each its own panel calling one typed
 * procedure (R5 decide → R6 join, invite, activate → R6/R7 team → R7–R9 meetings). The
 * server says which apply (`actions`); the commands decide again when a step is taken.
 */
export function CaseActionsPanel({ detail }: { detail: CaseDetail }) {
  const { view, actions } = detail;
  const any =
    actions.decideInitiative ||
    actions.joinCase ||
    actions.inviteOrganisation ||
    actions.activateCase ||
    actions.manageTeam ||
    actions.editTeamMemberIds.length > 0 ||
    actions.scheduleMeeting ||
    actions.recordMeeting;
  if (!any) return null;
  return (
    <div className="stack">
      {actions.decideInitiative && <DecideInitiative citizenName={view.citizen.name} />}
      {actions.joinCase && <JoinCase />}
      {actions.activateCase && !actions.activation.ready && (
        <ActivationBlocked activation={actions.activation} />
      )}
      {actions.activateCase && actions.activation.ready && (
        <ActivateCase citizenName={view.citizen.name} />
      )}
      {actions.inviteOrganisation && (
        <InviteOrganisation
          view={view}
          initiatorOrganisationId={view.initiative.initiator.organisationId}
        />
      )}
      {actions.scheduleMeeting && <ScheduleMeeting view={view} />}
      {actions.recordMeeting && (
        // A new plan starts the form afresh, with the planned meeting chosen.
        <RecordMeeting
          key={view.meetings
            .filter((m) => m.status === "scheduled")
            .map((m) => m.meetingId)
            .join()}
          view={view}
        />
      )}
      {actions.manageTeam && <ManageTeam view={view} />}
      {actions.editTeamMemberIds.length > 0 && (
        <EditTeamMember view={view} editableIds={actions.editTeamMemberIds} />
      )}
    </div>
  );
}
