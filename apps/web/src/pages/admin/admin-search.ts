/**
 * The administration's address: `/administration?visning=enheder&id=ny` — which list, which
 * record's form ("ny" for a new one), and the list's filters. Kept in the address so a page
 * can be bookmarked and Back works.
 */
export type AdminView = "organisationer" | "enheder" | "personer";

export interface AdminSearch {
  visning?: AdminView;
  /** "ny", or the id of the record being edited. */
  id?: string;
  /** Lists of units and people: one organisation's only. */
  organisation?: string;
  /** The list of people: deactivated people too. */
  alle?: true;
}

const views: readonly AdminView[] = ["organisationer", "enheder", "personer"];
const idPattern = /^(ny|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whatever the address says, only what the pages understand. */
export function validateAdminSearch(search: Record<string, unknown>): AdminSearch {
  const result: AdminSearch = {};
  if (typeof search.visning === "string" && views.includes(search.visning as AdminView)) {
    result.visning = search.visning as AdminView;
  }
  if (typeof search.id === "string" && idPattern.test(search.id)) result.id = search.id;
  if (typeof search.organisation === "string" && uuidPattern.test(search.organisation)) {
    result.organisation = search.organisation;
  }
  if (search.alle === true || search.alle === "true") result.alle = true;
  return result;
}
