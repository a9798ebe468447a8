import {
  DraftTextSchema,
  OptionalTextSchema,
  PersonNameSchema,
  TextSchema,
} from "../common/schemas";
import { z } from "../common/zod";
import { MeetingFrequencySchema } from "../meetings/meeting";

export const agreementKinds = ["organisational", "citizen"] as const;
export const AgreementKindSchema = z.enum(agreementKinds);
export type AgreementKind = z.output<typeof AgreementKindSchema>;

export const ContactPersonSchema = z.object({
  name: PersonNameSchema,
  organisation: OptionalTextSchema,
  phone: OptionalTextSchema,
  email: OptionalTextSchema,
});

export const AgreementTeamMemberSchema = z.object({
  name: PersonNameSchema,
  organisation: TextSchema,
  roleOrTasks: TextSchema,
});

/** R15: "aftaler angående kommunikationsvej" — who reaches whom, and how. */
export const CommunicationChannelSchema = z.object({
  channel: TextSchema,
  purpose: OptionalTextSchema,
});

/** R10: Samarbejdsaftale – Ledere & Team, complete (as it must be to be signed). */
export const OrganisationalAgreementSchema = z.object({
  citizenName: PersonNameSchema,
  contactPersons: z.array(ContactPersonSchema).min(1),
  activationReason: TextSchema,
  overallGoal: TextSchema,
  goalReachedWhen: TextSchema,
  alignmentWithCitizenGoal: TextSchema,
  coordinatorName: PersonNameSchema,
  teamMembers: z.array(AgreementTeamMemberSchema).min(1),
  meetingFrequency: MeetingFrequencySchema,
  supervision: z.boolean(),
  /** Required only when `supervision` is true. */
  supervisor: OptionalTextSchema,
  /** Required only when `supervision` is true. */
  supervisionFunding: OptionalTextSchema,
  communicationChannels: z.array(CommunicationChannelSchema).min(1),
});
export type OrganisationalAgreement = z.output<typeof OrganisationalAgreementSchema>;

/** R11: Samarbejdsaftale – Borger/patient & Team, complete. */
export const CitizenAgreementSchema = z.object({
  citizenName: PersonNameSchema,
  contactPersons: z.array(ContactPersonSchema).min(1),
  citizenGoal: TextSchema,
  teamGoal: TextSchema,
  teamMembers: z.array(AgreementTeamMemberSchema).min(1),
  citizenExpectations: TextSchema,
  teamExpectations: TextSchema,
  meetingFrequency: MeetingFrequencySchema,
  communicationChannels: z.array(CommunicationChannelSchema).min(1),
});
export type CitizenAgreement = z.output<typeof CitizenAgreementSchema>;

/**
 * Drafts: any field may be missing or blank while the team writes the agreement; the
 * completeness check names what is still missing, and only a complete draft can be signed.
 */
// A draft may be blank while it is written, but never holds unsafe text (control characters, bidi).
const draftText = DraftTextSchema;
const draftList = <T extends z.ZodType>(item: T) => z.array(item).nullish();

/** A team member's row while the agreement is written: organisation and role may still be blank. */
const DraftTeamMemberSchema = z.object({
  name: PersonNameSchema,
  organisation: draftText,
  roleOrTasks: draftText,
});

export const OrganisationalAgreementDraftSchema = z.object({
  citizenName: draftText,
  contactPersons: draftList(ContactPersonSchema),
  activationReason: draftText,
  overallGoal: draftText,
  goalReachedWhen: draftText,
  alignmentWithCitizenGoal: draftText,
  coordinatorName: draftText,
  teamMembers: draftList(DraftTeamMemberSchema),
  meetingFrequency: MeetingFrequencySchema.nullish(),
  supervision: z.boolean().nullish(),
  supervisor: draftText,
  supervisionFunding: draftText,
  communicationChannels: draftList(CommunicationChannelSchema),
});
export type OrganisationalAgreementDraft = z.output<typeof OrganisationalAgreementDraftSchema>;

export const CitizenAgreementDraftSchema = z.object({
  citizenName: draftText,
  contactPersons: draftList(ContactPersonSchema),
  citizenGoal: draftText,
  teamGoal: draftText,
  teamMembers: draftList(DraftTeamMemberSchema),
  citizenExpectations: draftText,
  teamExpectations: draftText,
  meetingFrequency: MeetingFrequencySchema.nullish(),
  communicationChannels: draftList(CommunicationChannelSchema),
});
export type CitizenAgreementDraft = z.output<typeof CitizenAgreementDraftSchema>;

export type AgreementDraft = OrganisationalAgreementDraft | CitizenAgreementDraft;
