import { ProvenanceSchema } from "../cases/provenance";
import {
  IdSchema,
  InstantSchema,
  OptionalTextSchema,
  PersonNameSchema,
  TextSchema,
} from "../common/schemas";
import { z } from "../common/zod";

/** R4: consent may be oral or written; either way it is recorded. */
export const consentMethods = ["oral", "written"] as const;
export const ConsentMethodSchema = z.enum(consentMethods);

/**
 * R4 (Danish health law): consent to pass on information for `treatment` may be oral;
 * for `other` purposes it must be written and lapses after one year.
 */
export const consentPurposes = ["treatment", "other"] as const;
export const ConsentPurposeSchema = z.enum(consentPurposes);
export type ConsentPurpose = z.output<typeof ConsentPurposeSchema>;

export const ConsentGiverSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("citizen") }),
  z.object({
    kind: z.literal("representative"),
    name: PersonNameSchema,
    relation: OptionalTextSchema,
  }),
]);

export const ConsentSchema = z.object({
  consentId: IdSchema,
  givenBy: ConsentGiverSchema,
  method: ConsentMethodSchema,
  purpose: ConsentPurposeSchema,
  /** Information may flow between any two of these organisations, and to no other. */
  organisationIds: z.array(IdSchema).min(2),
  givenAt: InstantSchema,
  /** Last instant the consent covers; `null` = until withdrawn (only for treatment). */
  expiresAt: InstantSchema.nullable(),
  recordedAt: InstantSchema,
  /** R4: who recorded the consent, for which organisation (`recordedAt` is its time too). */
  recordedBy: ProvenanceSchema,
  withdrawnAt: InstantSchema.nullable(),
  /** R4: who recorded the withdrawal; `null` while the consent stands. */
  withdrawalRecordedBy: ProvenanceSchema.nullable(),
  note: OptionalTextSchema,
});
export type Consent = z.output<typeof ConsentSchema>;

/**
 * A consent as stored before provenance was recorded names only the recorders' person ids;
 * `withProvenance` (case-state.ts) works out their organisations.
 */
export const StoredConsentSchema = ConsentSchema.extend({
  recordedBy: ProvenanceSchema.optional(),
  recordedByPersonId: IdSchema.optional(),
  withdrawalRecordedBy: ProvenanceSchema.nullable().optional(),
  withdrawalRecordedByPersonId: IdSchema.nullable().optional(),
});

/**
 * R4: a consent registration that was a mistake (wrong case, wrong organisations, never
 * given as registered) — not the citizen withdrawing a consent they gave. Who corrected it,
 * when (`correctedBy.recordedAt`) and why; the registration itself is kept unchanged beside
 * it, so the history shows what was registered and what was believed meanwhile.
 */
export const ConsentCorrectionSchema = z.object({
  reason: TextSchema,
  correctedBy: ProvenanceSchema,
});
export type ConsentCorrection = z.output<typeof ConsentCorrectionSchema>;

/**
 * R4: a registration corrected as a mistake. It is kept apart from the case's consents, so
 * that no rule reading the consents (who may be told what, lapsing, alerts, figures) can
 * count it: information never flowed by a consent the citizen did not give.
 */
export const CorrectedConsentSchema = ConsentSchema.extend({
  correction: ConsentCorrectionSchema,
});
export type CorrectedConsent = z.output<typeof CorrectedConsentSchema>;
