import { ActorSchema } from "../actors/actor";
import { IdSchema, InstantSchema, OptionalTextSchema, PersonNameSchema } from "../common/schemas";
import { z } from "../common/zod";

/**
 * R1: the target group, recorded as structured categories plus free text. They describe
 * the citizen; they are not a gate (neither a conviction nor a diagnosis decides inclusion).
 */
export const initiativeReasonCategories = [
  "self_harm",
  "substance_abuse",
  "outward_reacting_behaviour",
  "repeated_admissions",
  "repeated_contacts_without_progress",
  "child_to_adult_transition",
  "other",
] as const;
export const InitiativeReasonCategorySchema = z.enum(initiativeReasonCategories);
export type InitiativeReasonCategory = z.output<typeof InitiativeReasonCategorySchema>;

/** R1: how each reason category reads, Danish and English (also in agreement drafts). */
export const initiativeReasonLabels: Record<InitiativeReasonCategory, { da: string; en: string }> =
  {
    self_harm: { da: "Selvskade", en: "Self-harm" },
    substance_abuse: { da: "Misbrug", en: "Substance abuse" },
    outward_reacting_behaviour: { da: "Udadreagerende adfærd", en: "Outward-reacting behaviour" },
    repeated_admissions: {
      da: "Gentagne indlæggelser efter samme mønster",
      en: "Repeated admissions after the same pattern",
    },
    repeated_contacts_without_progress: {
      da: "Gentagne henvendelser uden indlæggelse og uden udvikling",
      en: "Repeated contacts without admission and without progress",
    },
    child_to_adult_transition: {
      da: "Overgang fra barn/ung til voksen",
      en: "Transition from child/youth to adult services",
    },
    other: { da: "Andet", en: "Other" },
  };

/** R1: categories plus text; at least one of them, and "other" must be explained. */
export const InitiativeReasonsSchema = z
  .object({
    categories: z.array(InitiativeReasonCategorySchema).max(initiativeReasonCategories.length),
    text: OptionalTextSchema,
  })
  .refine((reasons) => reasons.categories.length > 0 || reasons.text !== null, {
    message: "Angiv mindst én begrundelse: en kategori eller en tekst.",
    path: ["categories"],
  })
  .refine((reasons) => !reasons.categories.includes("other") || reasons.text !== null, {
    message: "Kategorien »Andet« skal uddybes med en tekst.",
    path: ["text"],
  })
  .transform((reasons) => ({ ...reasons, categories: [...new Set(reasons.categories)] }));
export type InitiativeReasons = z.output<typeof InitiativeReasonsSchema>;

/**
 * The citizen's stance on help. `rejects_all_help` is R3: the citizen cannot be included.
 * Any other stance lets the case go on (R14: the citizen is the central partner, but the
 * model does not require consent to be applied, R4).
 */
export const citizenStances = [
  "accepts_help",
  "accepts_some_help",
  "ambivalent",
  "not_yet_asked",
  "rejects_all_help",
] as const;
export const CitizenStanceSchema = z.enum(citizenStances);
export type CitizenStance = z.output<typeof CitizenStanceSchema>;

export const CitizenSchema = z.object({ citizenId: IdSchema, name: PersonNameSchema });
export type Citizen = z.output<typeof CitizenSchema>;

export const CitizenStanceRecordSchema = z.object({
  stance: CitizenStanceSchema,
  note: OptionalTextSchema,
  recordedAt: InstantSchema,
  recordedBy: ActorSchema,
});
export type CitizenStanceRecord = z.output<typeof CitizenStanceRecordSchema>;

/** R5: the initiative as registered; routed to a leader of the initiator's own unit. */
export const InitiativeSchema = z.object({
  initiator: ActorSchema,
  initiativeAt: InstantSchema,
  registeredAt: InstantSchema,
  reasons: InitiativeReasonsSchema,
  routedTo: z.object({ organisationId: IdSchema, unitId: IdSchema, role: z.literal("leader") }),
});
export type Initiative = z.output<typeof InitiativeSchema>;
