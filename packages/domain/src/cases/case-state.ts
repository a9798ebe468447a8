import { ActorSchema } from "../actors/actor";
import { StoredAgreementsSchema } from "../agreements/agreement-version";
import { ChangeNoticeSchema } from "../change-notices/change-notice";
import { IdSchema, InstantSchema, OptionalTextSchema, TextSchema } from "../common/schemas";
import { z } from "../common/zod";
import { CorrectedConsentSchema, StoredConsentSchema } from "../consent/consent";
import { ExclusionSchema } from "../initiative/exclusion";
import {
  CitizenSchema,
  CitizenStanceRecordSchema,
  InitiativeSchema,
} from "../initiative/initiative";
import { StoredMeetingSchema } from "../meetings/meeting";
import { TeamSchema } from "../team/team-member";
import { CaseStatusSchema, SectorSchema } from "../vocabulary";
import { ClosureSchema } from "./closing";
import { withProvenance } from "./with-provenance";

/** R5: the initiator's leader's decision on the initiative. */
export const EndorsementDecisionSchema = z.object({
  decision: z.enum(["endorsed", "declined"]),
  decidedAt: InstantSchema,
  decidedBy: ActorSchema,
  /** Required when declined. */
  reason: OptionalTextSchema,
});
export type EndorsementDecision = z.output<typeof EndorsementDecisionSchema>;

/** R6: an organisation takes part because one of its own leaders agreed. */
export const ParticipatingOrganisationSchema = z.object({
  organisationId: IdSchema,
  organisationName: OptionalTextSchema,
  sector: SectorSchema,
  agreedBy: ActorSchema,
  agreedAt: InstantSchema,
});
export type ParticipatingOrganisation = z.output<typeof ParticipatingOrganisationSchema>;

/** R6: an organisation asked to take part, by a leader of the case. */
export const InvitationSchema = z.object({
  organisationId: IdSchema,
  invitedBy: ActorSchema,
  invitedAt: InstantSchema,
  /**
   * True for invitations worked out for a case stored before invitations existed: the
   * organisation joined then without one, and `invitedBy` is the endorsing leader.
   */
  implied: z.boolean().default(false),
  /** R6: "who joins is decided case by case": one of its leaders may say no, with a reason. */
  declined: z
    .object({ declinedAt: InstantSchema, declinedBy: ActorSchema, reason: TextSchema })
    .nullable()
    .default(null),
});
export type Invitation = z.output<typeof InvitationSchema>;

export const ActivationSchema = z.object({ activatedAt: InstantSchema, activatedBy: ActorSchema });

/**
 * The whole state of one case: plain data, JSON-friendly (dates may be read back from ISO
 * strings with `CaseStateSchema.parse`). Every command takes a state and returns a new one;
 * nothing is mutated.
 */
export const CaseStateSchema = z
  .object({
    caseId: IdSchema,
    /** Increases by one with every accepted command: use it for optimistic concurrency. */
    version: z.number().int().min(1),
    status: CaseStatusSchema,
    citizen: CitizenSchema,
    initiative: InitiativeSchema,
    citizenStance: CitizenStanceRecordSchema,
    exclusion: ExclusionSchema.nullable(),
    endorsement: EndorsementDecisionSchema.nullable(),
    /** Absent in states stored before invitations existed: see `withInvitations`. */
    invitations: z
      .array(InvitationSchema)
      .optional()
      .describe(
        "R6 invitations. Absent only in states stored before invitations existed; they are then worked out from the organisations that joined (implied: true), not taken as none.",
      ),
    organisations: z.array(ParticipatingOrganisationSchema),
    activation: ActivationSchema.nullable(),
    team: TeamSchema,
    /** Meetings, agreement versions and consents stored before provenance: see `withProvenance`. */
    meetings: z.array(StoredMeetingSchema),
    agreements: StoredAgreementsSchema,
    consents: z.array(StoredConsentSchema),
    /** R4: registrations corrected as mistakes, kept for the history; they cover nothing. */
    correctedConsents: z.array(CorrectedConsentSchema).default([]),
    changeNotices: z.array(ChangeNoticeSchema),
    closure: ClosureSchema.nullable(),
  })
  .transform(withInvitations)
  .transform(withProvenance);
export type CaseState = z.output<typeof CaseStateSchema>;

/**
 * R6: before invitations existed any leader could join. A state stored then gets the
 * invitations its joins imply — every organisation but the initiator's own, invited by the
 * endorsing leader when it joined — so old cases keep obeying today's rules.
 */
function withInvitations<State extends { invitations?: Invitation[] | undefined }>(
  state: State & {
    initiative: { routedTo: { organisationId: string } };
    endorsement: EndorsementDecision | null;
    organisations: ParticipatingOrganisation[];
  },
) {
  const invitations =
    state.invitations ??
    state.organisations
      .filter((o) => o.organisationId !== state.initiative.routedTo.organisationId)
      .map((o) => ({
        organisationId: o.organisationId,
        invitedBy: state.endorsement?.decidedBy ?? o.agreedBy,
        invitedAt: o.agreedAt,
        implied: true,
        declined: null,
      }));
  return { ...state, invitations };
}
