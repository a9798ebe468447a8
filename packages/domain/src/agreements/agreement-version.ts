import { ActorSchema } from "../actors/actor";
import { ProvenanceSchema } from "../cases/provenance";
import { IdSchema, InstantSchema } from "../common/schemas";
import { z } from "../common/zod";
import {
  CitizenAgreementDraftSchema,
  OrganisationalAgreementDraftSchema,
} from "./agreement-schemas";

/**
 * Who signs (R10/R11): leaders sign the organisational agreement, one per participating
 * organisation; the citizen and the team sign the citizen agreement. The citizen does not
 * use the system, so a team member records the citizen's signature (`signedBy` is then the
 * person who recorded it).
 */
export const signatoryCapacities = ["leader", "team", "citizen"] as const;
export const SignatoryCapacitySchema = z.enum(signatoryCapacities);
export type SignatoryCapacity = z.output<typeof SignatoryCapacitySchema>;

/**
 * R11: how the citizen agreed to the citizen agreement, recorded by the team member who
 * records the citizen's signature (the citizen does not use the system).
 */
export const citizenAgreementMethods = ["on_paper", "in_person", "by_phone"] as const;
export const CitizenAgreementRecordSchema = z.object({
  how: z.enum(citizenAgreementMethods),
  agreedAt: InstantSchema,
});
export type CitizenAgreementRecord = z.output<typeof CitizenAgreementRecordSchema>;

export const SignatureSchema = z.object({
  signAs: SignatoryCapacitySchema,
  signedAt: InstantSchema,
  signedBy: ActorSchema,
  /** For leader signatures: the organisation the leader signs for. */
  organisationId: IdSchema.nullable(),
  /** R11: for the citizen's signature, how and when the citizen agreed; absent on older data. */
  citizenAgreement: CitizenAgreementRecordSchema.nullish(),
});
export type Signature = z.output<typeof SignatureSchema>;

/**
 * `draft`: editable · `signing`: has signatures, content frozen · `signed`: every required
 * signature is there. Content with any signature is never edited: a change makes a new
 * version (R10/R11).
 */
export const agreementVersionStatuses = ["draft", "signing", "signed"] as const;

const versionFields = {
  version: z.number().int().min(1),
  status: z.enum(agreementVersionStatuses),
  savedAt: InstantSchema,
  /** R4: who saved this version's content, for which organisation, when. */
  savedBy: ProvenanceSchema,
  signatures: z.array(SignatureSchema),
  signedAt: InstantSchema.nullable(),
};

export const OrganisationalAgreementVersionSchema = z.object({
  ...versionFields,
  content: OrganisationalAgreementDraftSchema,
});
export const CitizenAgreementVersionSchema = z.object({
  ...versionFields,
  content: CitizenAgreementDraftSchema,
});
export type OrganisationalAgreementVersion = z.output<typeof OrganisationalAgreementVersionSchema>;
export type CitizenAgreementVersion = z.output<typeof CitizenAgreementVersionSchema>;
export type AgreementVersion = OrganisationalAgreementVersion | CitizenAgreementVersion;

export const AgreementsSchema = z.object({
  organisational: z.array(OrganisationalAgreementVersionSchema),
  citizen: z.array(CitizenAgreementVersionSchema),
});
export type Agreements = z.output<typeof AgreementsSchema>;

/**
 * Versions as stored before provenance was recorded carry only `savedByPersonId`;
 * `withProvenance` (case-state.ts) turns that into `savedBy`.
 */
const storedVersionFields = {
  savedBy: ProvenanceSchema.optional(),
  savedByPersonId: IdSchema.optional(),
};
export const StoredAgreementsSchema = z.object({
  organisational: z.array(OrganisationalAgreementVersionSchema.extend(storedVersionFields)),
  citizen: z.array(CitizenAgreementVersionSchema.extend(storedVersionFields)),
});
