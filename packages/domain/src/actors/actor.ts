import { IdSchema, PersonNameSchema } from "../common/schemas";
import { z } from "../common/zod";
import { SectorSchema, StaffRoleSchema } from "../vocabulary";

/**
 * Who issues a command, as plain data taken from the session by the API. The domain
 * never looks anybody up: organisation, unit, sector and role are what rules R5/R6 need.
 */
export const ActorSchema = z.object({
  personId: IdSchema,
  name: PersonNameSchema.optional(),
  organisationId: IdSchema,
  unitId: IdSchema,
  sector: SectorSchema,
  role: StaffRoleSchema,
});
export type Actor = z.output<typeof ActorSchema>;

export const isLeader = (actor: Actor): boolean => actor.role === "leader";

/** R5: the initiator's *own* leader is a leader of the same unit in the same organisation. */
export const isLeaderOfUnit = (actor: Actor, unit: { organisationId: string; unitId: string }) =>
  isLeader(actor) && actor.organisationId === unit.organisationId && actor.unitId === unit.unitId;
