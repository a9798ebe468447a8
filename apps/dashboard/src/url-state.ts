import { useCallback, useEffect, useState } from "react";

/**
 * What the leader picked, kept in the address's query so a review can be bookmarked and
 * sent to a colleague: `?kvartal=2026-Q3&omraade=enhed:<id>&sager=deadlineMissed`.
 */
export interface DashboardUrlState {
  view: "figures" | "meetings" | "reports";
  quarter: string | null;
  /** "alle", "organisation:<id>" or "enhed:<id>". */
  scope: string;
  /** The figure whose cases are listed (drill-down). */
  cases: string | null;
  closingReason: string | null;
  /** A review meeting's printable record. */
  meeting: string | null;
}

const keys = {
  view: "visning",
  quarter: "kvartal",
  scope: "omraade",
  cases: "sager",
  closingReason: "aarsag",
  meeting: "moede",
} as const;

const viewNames = { figures: "tal", meetings: "moeder", reports: "rapporter" } as const;

function viewOf(name: string | null): DashboardUrlState["view"] {
  if (name === viewNames.meetings) return "meetings";
  if (name === viewNames.reports) return "reports";
  return "figures";
}

function read(): DashboardUrlState {
  const query = new URLSearchParams(window.location.search);
  return {
    view: viewOf(query.get(keys.view)),
    quarter: query.get(keys.quarter),
    scope: query.get(keys.scope) ?? "alle",
    cases: query.get(keys.cases),
    closingReason: query.get(keys.closingReason),
    meeting: query.get(keys.meeting),
  };
}

export function hrefFor(state: DashboardUrlState): string {
  const query = new URLSearchParams();
  if (state.view !== "figures") query.set(keys.view, viewNames[state.view]);
  if (state.quarter) query.set(keys.quarter, state.quarter);
  if (state.scope !== "alle") query.set(keys.scope, state.scope);
  if (state.cases) query.set(keys.cases, state.cases);
  if (state.closingReason) query.set(keys.closingReason, state.closingReason);
  if (state.meeting) query.set(keys.meeting, state.meeting);
  const text = query.toString();
  return `${window.location.pathname}${text ? `?${text}` : ""}`;
}

/** The URL state and a way to change it (a new history entry, so Back works). */
export function useUrlState(): [DashboardUrlState, (next: Partial<DashboardUrlState>) => void] {
  const [state, setState] = useState(read);
  useEffect(() => {
    const onPop = () => setState(read());
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);
  const navigate = useCallback((next: Partial<DashboardUrlState>) => {
    const merged = { ...read(), ...next };
    window.history.pushState(null, "", hrefFor(merged));
    // Every part of the page that reads the URL hears the change, as on Back.
    window.dispatchEvent(new PopStateEvent("popstate"));
  }, []);
  return [state, navigate];
}

export type ScopeInput =
  | { kind: "all" }
  | { kind: "organisation"; organisationId: string }
  | { kind: "unit"; unitId: string };

export function scopeFromUrl(value: string): ScopeInput {
  const [kind, id] = value.split(":");
  if (kind === "organisation" && id) return { kind: "organisation", organisationId: id };
  if (kind === "enhed" && id) return { kind: "unit", unitId: id };
  return { kind: "all" };
}
