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
 * procedure, on the part of the case page it belongs to: R5 decide → R6 join, invite,
 * activate on the overview; R6/R7 team on the team page; R7–R9 meetings on the meetings page.
 * The server says which apply (`actions`); the commands decide again when a step is taken.
 */
export function JourneyActions({ detail }: { detail: CaseDetail }) {
  const { view, actions } = detail;
  const any =
    actions.decideInitiative ||
    actions.joinCase ||
    actions.inviteOrganisation ||
    actions.activateCase;
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
    </div>
  );
}

/** R6/R7: changing the team and updating members' roles, tasks and contact details. */
export function TeamActions({ detail }: { detail: CaseDetail }) {
  const { view, actions } = detail;
  if (!actions.manageTeam && actions.editTeamMemberIds.length === 0) return null;
  return (
    <div className="stack">
      {actions.manageTeam && <ManageTeam view={view} />}
      {actions.editTeamMemberIds.length > 0 && (
        <EditTeamMember view={view} editableIds={actions.editTeamMemberIds} />
      )}
    </div>
  );
}

/** R7–R9: planning a meeting and recording one as held. */
export function MeetingActions({ detail }: { detail: CaseDetail }) {
  const { view, actions } = detail;
  if (!actions.scheduleMeeting && !actions.recordMeeting) return null;
  return (
    <div className="stack">
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
    </div>
  );
}
