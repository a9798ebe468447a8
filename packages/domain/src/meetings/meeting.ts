import { ProvenanceSchema } from "../cases/provenance";
import { IdSchema, InstantSchema, OptionalTextSchema } from "../common/schemas";
import { optionalText } from "../common/text";
import { z } from "../common/zod";

/** R7: where a meeting is held ("Rådhuset, mødelokale 2"): one line, `null` when not given. */
export const MeetingPlaceSchema = optionalText({ max: 300, multiline: false });

/**
 * R7: the video link of a meeting held online, `null` when not given. Only http(s): a
 * `javascript:` or `file:` link would be shown to every team member as a link to follow.
 */
export const MeetingVideoLinkSchema = optionalText({ max: 2000, multiline: false }).refine(
  (link) => link === null || isHttpUrl(link),
  { error: "Linket skal være en webadresse, der begynder med https:// eller http://." },
);

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname !== "";
  } catch {
    return false;
  }
}

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
  /** R7: where the meeting is held; `null` when not recorded. */
  place: MeetingPlaceSchema,
  /** R7: the video link for a meeting held online; `null` when not recorded. */
  videoLink: MeetingVideoLinkSchema,
  /** R7/R8: the team members the coordinator invited (the citizen's invitation is `citizenInvited`). */
  invitedPersonIds: z.array(IdSchema),
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

/**
 * A meeting as stored before provenance was recorded: `withProvenance` fills it in. Meetings
 * stored before place, video link and invited members were recorded load with none of them.
 */
export const StoredMeetingSchema = MeetingSchema.extend({
  scheduledBy: ProvenanceSchema.nullable().optional(),
  heldRecordedBy: ProvenanceSchema.nullable().optional(),
  place: MeetingPlaceSchema.default(null),
  videoLink: MeetingVideoLinkSchema.default(null),
  invitedPersonIds: z.array(IdSchema).default([]),
});

/** R10/R11 "Mødehyppighed i teamet", structured so the next meeting due can be computed. */
export const MeetingFrequencySchema = z.object({
  every: z.number().int().min(1).max(52),
  unit: z.enum(["week", "month"]),
  note: OptionalTextSchema,
});
export type MeetingFrequency = z.output<typeof MeetingFrequencySchema>;
