import type { Actor } from "../actors/actor";
import { IdSchema, InstantSchema, PersonNameSchema } from "../common/schemas";
import { z } from "../common/zod";

/**
 * R4: who recorded an item on a case, for which organisation, and when. Information about
 * the citizen flows *from* the recording organisation to the others only as far as the
 * citizen's consent reaches (`mayShareInformation`), so every item that says something
 * about the citizen carries one of these.
 */
export const ProvenanceSchema = z.object({
  personId: IdSchema,
  /** The recorder's name as the session gave it; `null` when unknown (older data). */
  name: PersonNameSchema.nullable(),
  organisationId: IdSchema,
  recordedAt: InstantSchema,
  /**
   * True when the provenance was worked out for an item stored before provenance was
   * recorded (see `withProvenance` in case-state.ts), not recorded when the item was made.
   */
  inferred: z.boolean().default(false),
});
export type Provenance = z.output<typeof ProvenanceSchema>;

/** The provenance of an item the actor records now. */
export const provenanceOf = (actor: Actor, recordedAt: Date): Provenance => ({
  personId: actor.personId,
  name: actor.name ?? null,
  organisationId: actor.organisationId,
  recordedAt,
  inferred: false,
});
