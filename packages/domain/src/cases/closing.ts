import { ActorSchema } from "../actors/actor";
import { InstantSchema, OptionalTextSchema } from "../common/schemas";
import { z } from "../common/zod";

export const closingReasons = [
  "goal_reached",
  "citizen_moved",
  "citizen_withdrew",
  "transferred_to_other_model",
  "deceased",
  "other",
] as const;
export const ClosingReasonSchema = z.enum(closingReasons);
export type ClosingReason = z.output<typeof ClosingReasonSchema>;

export const ClosureSchema = z.object({
  reason: ClosingReasonSchema,
  note: OptionalTextSchema,
  closedAt: InstantSchema,
  closedBy: ActorSchema,
});
export type Closure = z.output<typeof ClosureSchema>;
