/** What an audit action was for, in the words a citizen or a leader reads (Danish, English). */
export type AccessPurpose = "read" | "change" | "registration" | "refused" | "export" | "other";

export const accessPurposeText: Record<AccessPurpose, { da: string; en: string }> = {
  read: { da: "Opslag i sagen", en: "Looked at the case" },
  change: { da: "Ændring i sagen", en: "Changed the case" },
  registration: { da: "Registrering af initiativ", en: "Registered the initiative" },
  refused: { da: "Forsøg afvist", en: "Attempt refused" },
  export: { da: "Udtræk", en: "Export" },
  other: { da: "Andet", en: "Other" },
};

export function purposeOf(action: string): AccessPurpose {
  if (action.endsWith(".refused") || action === "access.refused") return "refused";
  if (action.startsWith("case.initiative.register")) return "registration";
  if (action.startsWith("case.command.")) return "change";
  if (action.endsWith(".read") || action.startsWith("search.")) return "read";
  if (action.includes("export")) return "export";
  return "other";
}
