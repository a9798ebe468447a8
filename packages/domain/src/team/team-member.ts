import {
  IdSchema,
  InstantSchema,
  OptionalTextSchema,
  PersonNameSchema,
  TextSchema,
} from "../common/schemas";
import { z } from "../common/zod";
import { SectorSchema } from "../vocabulary";

/**
 * R7: the coordinator keeps participants' contact information current, so every member
 * must be reachable: at least one of phone, e-mail or another channel.
 */
export const ContactDetailsSchema = z
  .object({
    phone: OptionalTextSchema,
    email: z
      .email()
      .nullish()
      .transform((value) => value ?? null),
    other: OptionalTextSchema,
  })
  .refine((contact) => contact.phone !== null || contact.email !== null || contact.other !== null, {
    message: "Give at least one way to contact the member",
  });
export type ContactDetails = z.output<typeof ContactDetailsSchema>;

/** R6/R7: a member as a leader appoints them. */
export const NewTeamMemberSchema = z.object({
  personId: IdSchema,
  name: PersonNameSchema,
  organisationId: IdSchema,
  /** Role in the team, e.g. "kontaktperson", "psykiater", "myndighedsrådgiver". */
  role: TextSchema,
  /** The member's tasks in this case (R10/R11: "roller/opgaver"). */
  tasks: OptionalTextSchema,
  contact: ContactDetailsSchema,
  /** R7: it can be wise to pick a coordinator who is not directly involved with the citizen. */
  notDirectlyInvolved: z.boolean().default(false),
});
export type NewTeamMember = z.output<typeof NewTeamMemberSchema>;

export const TeamMemberSchema = NewTeamMemberSchema.extend({
  sector: SectorSchema,
  addedAt: InstantSchema,
  addedByPersonId: IdSchema,
});
export type TeamMember = z.output<typeof TeamMemberSchema>;

export const FormerTeamMemberSchema = TeamMemberSchema.extend({
  removedAt: InstantSchema,
  removedByPersonId: IdSchema,
  reason: OptionalTextSchema,
});
export type FormerTeamMember = z.output<typeof FormerTeamMemberSchema>;

export const TeamSchema = z.object({
  members: z.array(TeamMemberSchema),
  /** R7: exactly one coordinator once the case is active; always a current member. */
  coordinatorPersonId: IdSchema.nullable(),
  formerMembers: z.array(FormerTeamMemberSchema),
});
export type Team = z.output<typeof TeamSchema>;
