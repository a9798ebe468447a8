import { ActorSchema } from "../actors/actor";
import { InstantSchema } from "../common/schemas";
import { z } from "../common/zod";

/** R3: where a citizen who rejects all help can be taken instead of this model. */
export const exclusionAlternatives = [
  "psp_cooperation",
  "coordination_plan_psychiatry_act_13b",
] as const;
export const ExclusionAlternativeSchema = z.enum(exclusionAlternatives);
export type ExclusionAlternative = z.output<typeof ExclusionAlternativeSchema>;

export const exclusionAlternativeLabels: Record<ExclusionAlternative, { da: string; en: string }> =
  {
    psp_cooperation: {
      da: "PSP-samarbejdet (politi, sociale myndigheder og psykiatri)",
      en: "The PSP cooperation (police, social services and psychiatry)",
    },
    coordination_plan_psychiatry_act_13b: {
      da: "Koordinationsplan efter psykiatrilovens § 13 b, hvis lovens betingelser er opfyldt",
      en: "A coordination plan under the Psychiatry Act §13b, if its conditions are met",
    },
  };

export const ExclusionSchema = z.object({
  decidedAt: InstantSchema,
  decidedBy: ActorSchema,
  reason: z.literal("citizen_rejects_all_help"),
  alternatives: z.array(ExclusionAlternativeSchema),
});
export type Exclusion = z.output<typeof ExclusionSchema>;
