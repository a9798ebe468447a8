import { ActorSchema } from "../actors/actor";
import { IdSchema, InstantSchema, TextSchema } from "../common/schemas";
import { z } from "../common/zod";

/**
 * R13: when one partner changes its intervention in a way that matters for the
 * collaboration, every other current team member is told and acknowledges it.
 */
export const ChangeNoticeSchema = z.object({
  noticeId: IdSchema,
  description: TextSchema,
  effectiveFrom: InstantSchema.nullable(),
  recordedAt: InstantSchema,
  recordedBy: ActorSchema,
  recipients: z.array(z.object({ personId: IdSchema, acknowledgedAt: InstantSchema.nullable() })),
});
export type ChangeNotice = z.output<typeof ChangeNoticeSchema>;
