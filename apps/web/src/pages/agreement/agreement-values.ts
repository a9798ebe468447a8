import { type AgreementKind, agreementFields } from "@samstemt/domain";

/** A draft's content as plain data: any field may be missing while it is written. */
export type AgreementContent = Record<string, unknown>;

type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * One field of an agreement as words, the same on screen, in the diff and on paper:
 * lists one item a line, supervision as yes/no, the meeting frequency as "every 2 weeks".
 */
export function fieldText(key: string, value: unknown, t: Translate): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return t(value ? "agreements.yes" : "agreements.no");
  if (key === "meetingFrequency") {
    const f = value as { every: number; unit: "week" | "month"; note: string | null };
    const text = t(`agreements.frequency.${f.unit}`, { count: f.every });
    return f.note ? `${text} (${f.note})` : text;
  }
  if (Array.isArray(value)) {
    return value
      .map((item) => {
        const record = item as Record<string, string | null>;
        if (key === "teamMembers")
          return `${record.name} (${record.organisation}): ${record.roleOrTasks}`;
        if (key === "contactPersons") {
          return [record.name, record.organisation, record.phone, record.email]
            .filter(Boolean)
            .join(", ");
        }
        if (key === "communicationChannels") {
          return record.purpose ? `${record.channel}: ${record.purpose}` : (record.channel ?? "");
        }
        return JSON.stringify(item);
      })
      .join("\n");
  }
  return String(value);
}

export interface FieldChange {
  key: string;
  label: { da: string; en: string };
  before: string;
  after: string;
}

/** R10/R11: what changed between two versions, field by field in the template's order. */
export function agreementChanges(
  kind: AgreementKind,
  before: AgreementContent,
  after: AgreementContent,
  t: Translate,
): FieldChange[] {
  return agreementFields(kind)
    .map((field) => ({
      key: field.key,
      label: field.label,
      before: fieldText(field.key, before[field.key], t),
      after: fieldText(field.key, after[field.key], t),
    }))
    .filter((change) => change.before !== change.after);
}
