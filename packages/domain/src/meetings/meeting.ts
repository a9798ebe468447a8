import { ProvenanceSchema } from "../cases/provenance";
import { IdSchema, InstantSchema, OptionalTextSchema } from "../common/schemas";
import { z } from "../common/zod";

/**
 * R8: a *collaboration meeting* (samarbejdsmøde) — the citizen is invited, though they may
 * still be absent — or a *preparatory meeting* (formøde) held without the citizen.
 * Only a held collaboration meeting meets the R9 deadline.
 */
export const meetingKinds = ["collaboration", "preparatory"] as const;
export const MeetingKindSchema = z.enum(meetingKinds);
export type MeetingKind = z.output<typeof MeetingKindSchema>;

export const meetingStatuses = ["scheduled", "held"] as const;

export const MeetingSchema = z.object({
  meetingId: IdSchema,
  kind: MeetingKindSchema,
  status: z.enum(meetingStatuses),
  scheduledFor: InstantSchema.nullable(),
  /** R8: invited to every collaboration meeting, never to a preparatory one. */
  citizenInvited: z.boolean(),
  heldAt: InstantSchema.nullable(),
  citizenPresent: z.boolean().nullable(),
  attendeePersonIds: z.array(IdSchema),
  /** R7: the coordinator's decision minutes (beslutningsreferat). */
  decisionMinutes: OptionalTextSchema,
  /** R7: who convened the meeting; `null` for a meeting recorded as held without being scheduled here. */
  scheduledBy: ProvenanceSchema.nullable(),
  /**
   * R4/R8: who recorded that the meeting was held — the attendance, whether the citizen was
   * present and the decision minutes are that organisation's information. `null` until held.
   */
  heldRecordedBy: ProvenanceSchema.nullable(),
});
export type Meeting = z.output<typeof MeetingSchema>;

/** A meeting as stored before provenance was recorded: `withProvenance` fills it in. */
export const StoredMeetingSchema = MeetingSchema.extend({
  scheduledBy: ProvenanceSchema.nullable().optional(),
  heldRecordedBy: ProvenanceSchema.nullable().optional(),
});

/** R10/R11 "Mødehyppighed i teamet", structured so the next meeting due can be computed. */
export const MeetingFrequencySchema = z.object({
  every: z.number().int().min(1).max(52),
  unit: z.enum(["week", "month"]),
  note: OptionalTextSchema,
});
export type MeetingFrequency = z.output<typeof MeetingFrequencySchema>;
