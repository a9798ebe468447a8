/**
 * @samstemt/domain — the rules of the Danish cross-sectoral collaboration model (R1–R15),
 * decided here once. Pure: no database, no network, no clock (time is passed in).
 */

// Grouped by feature in the model's order, not alphabetically: biome's import sorting is off for
// this file (biome.json) so it reads as the table of contents of the public API.

// Initiative: who may start, reasons, the citizen's stance, the own leader (R1, R2, R3, R5)
export {
  type DeclineInitiativeCommand,
  DeclineInitiativeCommandSchema,
  declineInitiative,
  type EndorseInitiativeCommand,
  EndorseInitiativeCommandSchema,
  endorseInitiative,
} from "./initiative/endorse-initiative";
export {
  type Exclusion,
  type ExclusionAlternative,
  exclusionAlternatives,
} from "./initiative/exclusion";
export {
  type Citizen,
  CitizenSchema,
  type CitizenStance,
  CitizenStanceSchema,
  citizenStances,
  type Initiative,
  type InitiativeReasonCategory,
  InitiativeReasonCategorySchema,
  type InitiativeReasons,
  InitiativeReasonsSchema,
  initiativeReasonCategories,
} from "./initiative/initiative";
export {
  type RecordCitizenStanceCommand,
  RecordCitizenStanceCommandSchema,
  recordCitizenStance,
} from "./initiative/record-citizen-stance";
export {
  MODEL_START_DAY,
  type RegisterInitiativeCommand,
  RegisterInitiativeCommandSchema,
  registerInitiative,
} from "./initiative/register-initiative";

// Case life cycle: activation across sectors (R6), invitations, commands, events, closing
export {
  type ActivateCaseCommand,
  ActivateCaseCommandSchema,
  activateCase,
} from "./cases/activate-case";
export type {
  CaseEvent,
  CaseEventEnvelope,
  CaseEventOf,
  CaseEventPayloads,
  CaseEventType,
} from "./cases/case-events";
export { caseEventTypes } from "./cases/case-events";
export { isCaseParticipant } from "./cases/case-guards";
export { caseInvariantViolations } from "./cases/case-invariants";
export {
  agreedMeetingFrequency,
  type CaseOverview,
  caseDeadlineStatus,
  caseNextMeetingDue,
  caseOverview,
  currentAgreement,
  firstCollaborationMeetingHeldAt,
  pendingAcknowledgements,
} from "./cases/case-queries";
export {
  type CaseState,
  CaseStateSchema,
  type EndorsementDecision,
  type Invitation,
  type ParticipatingOrganisation,
} from "./cases/case-state";
export { type CloseCaseCommand, CloseCaseCommandSchema, closeCase } from "./cases/close-case";
export {
  type ClosingReason,
  ClosingReasonSchema,
  type Closure,
  closingReasons,
} from "./cases/closing";
export type { CaseCommandResult, CommandContext } from "./cases/command";
export {
  type DeclineInvitationCommand,
  DeclineInvitationCommandSchema,
  declineInvitation,
} from "./cases/decline-invitation";
export {
  type CaseCommand,
  CaseCommandSchema,
  type CaseCommandType,
  caseCommands,
  caseCommandTypes,
  executeCaseCommand,
} from "./cases/execute-case-command";
export {
  type InviteOrganisationCommand,
  InviteOrganisationCommandSchema,
  invitationAnswerCommands,
  inviteOrganisation,
  isInvited,
  joinableStatuses,
  mayJoinCase,
  pendingInvitation,
  standingInvitations,
} from "./cases/invite-organisation";
export { type JoinCaseCommand, JoinCaseCommandSchema, joinCase } from "./cases/join-case";
export { MINIMUM_SECTORS, participatingSectors } from "./cases/sectors";

// Team and coordinator (R6, R7)
export {
  type AddTeamMemberCommand,
  AddTeamMemberCommandSchema,
  addTeamMember,
} from "./team/add-team-member";
export {
  type AppointCoordinatorCommand,
  AppointCoordinatorCommandSchema,
  appointCoordinator,
} from "./team/appoint-coordinator";
export {
  type RemoveTeamMemberCommand,
  RemoveTeamMemberCommandSchema,
  removeTeamMember,
} from "./team/remove-team-member";
export {
  type ContactDetails,
  ContactDetailsSchema,
  type FormerTeamMember,
  type NewTeamMember,
  NewTeamMemberSchema,
  type Team,
  type TeamMember,
} from "./team/team-member";
export {
  type UpdateTeamMemberCommand,
  UpdateTeamMemberCommandSchema,
  updateTeamMember,
} from "./team/update-team-member";

// Meetings and meeting frequency (R7, R8, R9, R10)
export {
  type Meeting,
  type MeetingFrequency,
  MeetingFrequencySchema,
  type MeetingKind,
  MeetingKindSchema,
  MeetingPlaceSchema,
  MeetingVideoLinkSchema,
  meetingKinds,
} from "./meetings/meeting";
export {
  MEETING_PLANNING_HORIZON_MONTHS,
  meetingHeldAtError,
  meetingScheduledForError,
} from "./meetings/meeting-dates";
export {
  type NextMeetingDue,
  type NextMeetingDueInput,
  nextMeetingDue,
} from "./meetings/next-meeting-due";
export {
  type RecordMeetingHeldCommand,
  RecordMeetingHeldCommandSchema,
  recordMeetingHeld,
} from "./meetings/record-meeting-held";
export {
  type ScheduleMeetingCommand,
  ScheduleMeetingCommandSchema,
  scheduleMeeting,
} from "./meetings/schedule-meeting";

// The two written agreements (R10, R11, R15)
export {
  type AgreementCompleteness,
  agreementCompleteness,
} from "./agreements/agreement-completeness";
export { agreementDraftFromCase } from "./agreements/agreement-draft-from-case";
export {
  type AgreementField,
  agreementFields,
  citizenAgreementFields,
  organisationalAgreementFields,
} from "./agreements/agreement-fields";
export {
  type AgreementDraft,
  type AgreementKind,
  AgreementKindSchema,
  agreementKinds,
  type CitizenAgreement,
  type CitizenAgreementDraft,
  CitizenAgreementDraftSchema,
  CitizenAgreementSchema,
  type OrganisationalAgreement,
  type OrganisationalAgreementDraft,
  OrganisationalAgreementDraftSchema,
  OrganisationalAgreementSchema,
} from "./agreements/agreement-schemas";
export {
  type AgreementVersion,
  type CitizenAgreementRecord,
  CitizenAgreementRecordSchema,
  citizenAgreementMethods,
  type CitizenAgreementVersion,
  type OrganisationalAgreementVersion,
  type SignatoryCapacity,
  type Signature,
  signatoryCapacities,
} from "./agreements/agreement-version";
export {
  type SaveAgreementDraftCommand,
  SaveAgreementDraftCommandSchema,
  saveAgreementDraft,
} from "./agreements/save-agreement-draft";
export {
  type SignAgreementCommand,
  SignAgreementCommandSchema,
  signAgreement,
} from "./agreements/sign-agreement";

// Consent to exchange information (R4)
export {
  type Consent,
  type ConsentCorrection,
  ConsentCorrectionSchema,
  type ConsentPurpose,
  ConsentPurposeSchema,
  ConsentSchema,
  consentMethods,
  consentPurposes,
  type CorrectedConsent,
  CorrectedConsentSchema,
} from "./consent/consent";
export {
  CONSENT_WARNING_DAYS,
  type ConsentGapReason,
  consentGapReasons,
  consentLapsesSoon,
  consentStatusByOrganisation,
  type OrganisationConsentStatus,
} from "./consent/consent-status";
export { oneYearAfter } from "./consent/consent-validity";
export {
  CONSENT_EXPIRY_HORIZON_YEARS,
  consentExpiryHorizonError,
  consentGivenAtError,
  consentWithdrawnAtError,
} from "./consent/consent-dates";
export {
  type ConsentCoverage,
  coveringConsent,
  mayShareInformation,
  type SharingQuery,
} from "./consent/may-share-information";
export {
  type CorrectConsentRegistrationCommand,
  CorrectConsentRegistrationCommandSchema,
  correctConsentRegistration,
  mayCorrectConsentRegistration,
} from "./consent/correct-consent-registration";
export {
  type RecordConsentCommand,
  RecordConsentCommandSchema,
  recordConsent,
} from "./consent/record-consent";
export {
  type WithdrawConsentCommand,
  WithdrawConsentCommandSchema,
  withdrawConsent,
} from "./consent/withdraw-consent";

// Change notices (R13)
export {
  type AcknowledgeChangeNoticeCommand,
  AcknowledgeChangeNoticeCommandSchema,
  acknowledgeChangeNotice,
} from "./change-notices/acknowledge-change-notice";
export type { ChangeNotice } from "./change-notices/change-notice";
export {
  type RecordInterventionChangeCommand,
  RecordInterventionChangeCommandSchema,
  recordInterventionChange,
} from "./change-notices/record-intervention-change";

// What one viewer may see of a case (R4)
export * from "./views/index";
// What waits for a person on a case: Mine opgaver (R4–R13).
export { type CaseTask, type CaseTaskKind, tasksForCase } from "./tasks/tasks-for-case";

// Indicators the leader dashboard and exports aggregate (R12)
export * from "./indicators/index";

// Time: the R9 deadline, R12 quarters, Danish time
export {
  DEADLINE_WARNING_DAYS,
  type DeadlineForCaseInput,
  deadlineApproaching,
  deadlineForCase,
  deadlineRunningStatuses,
} from "./deadline/deadline-for-case";
export {
  type DeadlineState,
  type DeadlineStatus,
  type DeadlineStatusInput,
  deadlineStatus,
} from "./deadline/deadline-status";
export { firstMeetingDeadline } from "./deadline/first-meeting-deadline";
export { type Quarter, type QuarterNumber, quarterOf } from "./quarter/quarter-of";
export { DANISH_TIME_ZONE } from "./time/copenhagen";

// Citizens: CPR numbers
export {
  type BirthDate,
  birthDateFromCpr,
  CprOrFictionalCprSchema,
  CprSchema,
  cprMessage,
  isFictionalCpr,
  isValidCpr,
} from "./citizen/cpr";
export {
  type RegisterCheckOutcome,
  registerCheckOutcome,
  sameName,
} from "./citizen/same-name";

// Common schemas and actors
export { type Actor, ActorSchema } from "./actors/actor";
export {
  DraftTextSchema,
  IdSchema,
  InstantSchema,
  OptionalTextSchema,
  PersonNameSchema,
  TextSchema,
} from "./common/schemas";
export { type TextIssue, type TextOptions, textIssue, textIssues } from "./common/text";
export * from "./vocabulary";

// Errors and results
export {
  type DomainError,
  type DomainErrorCode,
  type DomainErrorDefinitions,
  domainErrorCodes,
  domainErrors,
  type ErrorDefinition,
  type LocalizedText,
} from "./errors/domain-error";
export { type DomainErrorKind, domainErrorKinds } from "./errors/error-kinds";
export type { CommandResult } from "./errors/result";
export { type RuleId, ruleIds } from "./errors/rules";
export * from "./alerts/index";
