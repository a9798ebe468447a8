import { type AgreementField, agreementFields } from "./agreement-fields";
import {
  type AgreementDraft,
  type AgreementKind,
  CitizenAgreementSchema,
  OrganisationalAgreementSchema,
} from "./agreement-schemas";

export interface AgreementCompleteness {
  complete: boolean;
  /** Each missing field, by stable key with the template's Danish label (R10/R11/R15). */
  missing: AgreementField[];
}

function isBlank(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === "string") return value.trim() === "";
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

/** A signed agreement's fields as they must be; a draft's field that fails its check is missing. */
const completeFields = {
  organisational: OrganisationalAgreementSchema.shape,
  citizen: CitizenAgreementSchema.shape,
} as const;

/** R10: who supervises and how it is financed are asked only when the team has supervision. */
const supervisionDetails = new Set(["supervisor", "supervisionFunding"]);

/**
 * R10/R11: which fields of an agreement are still missing. A draft with every field
 * filled in is complete and can be signed.
 *
 * @example
 * agreementCompleteness("citizen", { citizenName: "Jens" }).missing.map((f) => f.key);
 * // ["contactPersons", "citizenGoal", "teamGoal", …]
 */
export function agreementCompleteness(
  kind: AgreementKind,
  draft: AgreementDraft,
): AgreementCompleteness {
  const values = draft as Record<string, unknown>;
  const missing = agreementFields(kind).filter((field) => {
    if (supervisionDetails.has(field.key) && values.supervision !== true) return false;
    const value = values[field.key];
    if (isBlank(value)) return true;
    // A list is missing while one of its rows lacks what a signed agreement needs, e.g. a
    // team member's organisation or role (R10/R11): the row names it, the form shows where.
    const complete = (
      completeFields[kind] as Record<string, { safeParse(v: unknown): { success: boolean } }>
    )[field.key];
    return complete !== undefined && Array.isArray(value) && !complete.safeParse(value).success;
  });
  return { complete: missing.length === 0, missing };
}
