import {
  SaveAgreementDraftCommandSchema,
  saveAgreementDraft,
} from "../agreements/save-agreement-draft";
import { SignAgreementCommandSchema, signAgreement } from "../agreements/sign-agreement";
import {
  AcknowledgeChangeNoticeCommandSchema,
  acknowledgeChangeNotice,
} from "../change-notices/acknowledge-change-notice";
import {
  RecordInterventionChangeCommandSchema,
  recordInterventionChange,
} from "../change-notices/record-intervention-change";
import { z } from "../common/zod";
import {
  CorrectConsentRegistrationCommandSchema,
  correctConsentRegistration,
} from "../consent/correct-consent-registration";
import { RecordConsentCommandSchema, recordConsent } from "../consent/record-consent";
import { WithdrawConsentCommandSchema, withdrawConsent } from "../consent/withdraw-consent";
import { domainError } from "../errors/domain-error";
import { failure } from "../errors/result";
import {
  DeclineInitiativeCommandSchema,
  declineInitiative,
  EndorseInitiativeCommandSchema,
  endorseInitiative,
} from "../initiative/endorse-initiative";
import {
  RecordCitizenStanceCommandSchema,
  recordCitizenStance,
} from "../initiative/record-citizen-stance";
import { RecordMeetingHeldCommandSchema, recordMeetingHeld } from "../meetings/record-meeting-held";
import { ScheduleMeetingCommandSchema, scheduleMeeting } from "../meetings/schedule-meeting";
import { AddTeamMemberCommandSchema, addTeamMember } from "../team/add-team-member";
import { AppointCoordinatorCommandSchema, appointCoordinator } from "../team/appoint-coordinator";
import { RemoveTeamMemberCommandSchema, removeTeamMember } from "../team/remove-team-member";
import { UpdateTeamMemberCommandSchema, updateTeamMember } from "../team/update-team-member";
import { ActivateCaseCommandSchema, activateCase } from "./activate-case";
import type { CaseState } from "./case-state";
import { CloseCaseCommandSchema, closeCase } from "./close-case";
import type { CaseCommandResult, CommandContext } from "./command";
import { DeclineInvitationCommandSchema, declineInvitation } from "./decline-invitation";
import { InviteOrganisationCommandSchema, inviteOrganisation } from "./invite-organisation";
import { JoinCaseCommandSchema, joinCase } from "./join-case";

/**
 * The untyped path into a command, for callers that route by type (queues, replays, the
 * generic `executeCaseCommand`). Every command function validates its payload with its schema
 * at run time (`runCaseCommand` → `parseCommand`), so handing it an unknown payload is safe.
 * Written as a method so that TypeScript accepts the typed functions here (method parameters
 * are compared bivariantly) without a cast; callers in TypeScript use the functions directly
 * and get their typed payloads checked at compile time.
 */
interface UntypedCaseCommand {
  handle(state: CaseState, input: unknown, context: CommandContext): CaseCommandResult;
}

/** Every command on an existing case: its payload schema and its function. */
export const caseCommands = {
  recordCitizenStance: { schema: RecordCitizenStanceCommandSchema, handle: recordCitizenStance },
  endorseInitiative: { schema: EndorseInitiativeCommandSchema, handle: endorseInitiative },
  declineInitiative: { schema: DeclineInitiativeCommandSchema, handle: declineInitiative },
  inviteOrganisation: { schema: InviteOrganisationCommandSchema, handle: inviteOrganisation },
  declineInvitation: { schema: DeclineInvitationCommandSchema, handle: declineInvitation },
  joinCase: { schema: JoinCaseCommandSchema, handle: joinCase },
  activateCase: { schema: ActivateCaseCommandSchema, handle: activateCase },
  addTeamMember: { schema: AddTeamMemberCommandSchema, handle: addTeamMember },
  updateTeamMember: { schema: UpdateTeamMemberCommandSchema, handle: updateTeamMember },
  removeTeamMember: { schema: RemoveTeamMemberCommandSchema, handle: removeTeamMember },
  appointCoordinator: { schema: AppointCoordinatorCommandSchema, handle: appointCoordinator },
  scheduleMeeting: { schema: ScheduleMeetingCommandSchema, handle: scheduleMeeting },
  recordMeetingHeld: { schema: RecordMeetingHeldCommandSchema, handle: recordMeetingHeld },
  saveAgreementDraft: { schema: SaveAgreementDraftCommandSchema, handle: saveAgreementDraft },
  signAgreement: { schema: SignAgreementCommandSchema, handle: signAgreement },
  recordConsent: { schema: RecordConsentCommandSchema, handle: recordConsent },
  withdrawConsent: { schema: WithdrawConsentCommandSchema, handle: withdrawConsent },
  correctConsentRegistration: {
    schema: CorrectConsentRegistrationCommandSchema,
    handle: correctConsentRegistration,
  },
  recordInterventionChange: {
    schema: RecordInterventionChangeCommandSchema,
    handle: recordInterventionChange,
  },
  acknowledgeChangeNotice: {
    schema: AcknowledgeChangeNoticeCommandSchema,
    handle: acknowledgeChangeNotice,
  },
  closeCase: { schema: CloseCaseCommandSchema, handle: closeCase },
} as const satisfies Record<string, { schema: z.ZodType } & UntypedCaseCommand>;

export type CaseCommandType = keyof typeof caseCommands;
export const caseCommandTypes = Object.keys(caseCommands) as CaseCommandType[];

/** A command on an existing case as one tagged object: `{ type, payload }`. */
export type CaseCommand = {
  [Type in CaseCommandType]: {
    type: Type;
    payload: z.input<(typeof caseCommands)[Type]["schema"]>;
  };
}[CaseCommandType];

export const CaseCommandSchema = z.object({
  type: z.enum(caseCommandTypes as [CaseCommandType, ...CaseCommandType[]]),
  payload: z.unknown(),
});

/**
 * Runs any command on a case by its type — for queues, replays and callers that route
 * commands generically. Each command function can also be called directly.
 */
export function executeCaseCommand(
  state: CaseState,
  command: CaseCommand,
  context: CommandContext,
): CaseCommandResult {
  const parsed = CaseCommandSchema.safeParse(command);
  if (!parsed.success) {
    return failure(
      domainError("INVALID_COMMAND", {
        details: {
          issues: parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })),
        },
      }),
    );
  }
  const untyped: UntypedCaseCommand = caseCommands[parsed.data.type];
  return untyped.handle(state, parsed.data.payload, context);
}

/**
 * Commands that harmless concurrent actions may run in either order: when one of
 * these meets a newer case version than its sender saw, the server re-runs it on the fresh
 * state instead of answering CONFLICT. The domain decides again on the fresh state, so
 * nothing is lost or forced:
 * - `acknowledgeChangeNotice` (R13): each recipient marks only their own acknowledgement.
 * - `joinCase` / `declineInvitation` (R6): a leader answers only for their own organisation;
 *   answers for *different* organisations touch different invitations and commute. Two
 *   answers for the *same* organisation do not: on the fresh state the second one is refused
 *   by the domain (already taking part / not invited), never silently applied twice.
 */
export const commutativeCaseCommands = [
  "acknowledgeChangeNotice",
  "joinCase",
  "declineInvitation",
] as const satisfies readonly CaseCommandType[];
export type CommutativeCaseCommandType = (typeof commutativeCaseCommands)[number];

/** Whether a command of this type may be re-run on a fresh state after a version conflict. */
export const isCommutativeCaseCommand = (type: string): type is CommutativeCaseCommandType =>
  commutativeCaseCommands.some((commutative) => commutative === type);
