/** What an audit action was for, in the words a citizen or a leader reads (Danish, English). */
export type AccessPurpose =
  | "read"
  | "search"
  | "change"
  | "registration"
  | "cprLookup"
  | "refused"
  | "export"
  | "other";

export const accessPurposeText: Record<AccessPurpose, { da: string; en: string }> = {
  read: { da: "Opslag i sagen", en: "Looked at the case" },
  search: { da: "Fundet ved søgning", en: "Found in a search" },
  change: { da: "Ændring i sagen", en: "Changed the case" },
  registration: { da: "Registrering af initiativ", en: "Registered the initiative" },
  cprLookup: {
    da: "CPR-nummeret brugt ved registrering af et initiativ",
    en: "The CPR number used to register an initiative",
  },
  refused: { da: "Forsøg afvist", en: "Attempt refused" },
  export: { da: "Udtræk", en: "Export" },
  other: { da: "Andet", en: "Other" },
};

/**
 * Actions named in full, where a prefix rule would say the wrong thing. Searches are written
 * as `citizen.search` (search/search-cases.ts); a rule on the `search.` prefix never saw them.
 */
const exactPurposes: Readonly<Record<string, AccessPurpose>> = {
  "citizen.search": "search",
  "cpr.lookup": "cprLookup",
  "citizen.identity.confirm": "registration",
};

export function purposeOf(action: string): AccessPurpose {
  const exact = exactPurposes[action];
  if (exact) return exact;
  if (action.endsWith(".refused") || action === "access.refused") return "refused";
  if (action.startsWith("case.initiative.register")) return "registration";
  if (action.startsWith("case.command.")) return "change";
  if (action.startsWith("search.")) return "search";
  if (action.endsWith(".read")) return "read";
  if (action.includes("export")) return "export";
  return "other";
}
