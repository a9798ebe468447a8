import type { CaseDetail } from "./case-types";

/**
 * The parts of the case page, each with its own address under `/sager/$caseId`, in the order
 * the sub-navigation shows them (overview, team, meetings, agreements, consent, change
 * notices, timeline — the order of the work).
 */
export const caseSections = [
  { key: "overview", to: "/sager/$caseId" },
  { key: "team", to: "/sager/$caseId/team" },
  { key: "meetings", to: "/sager/$caseId/moeder" },
  { key: "agreements", to: "/sager/$caseId/aftaler" },
  { key: "consent", to: "/sager/$caseId/samtykke" },
  { key: "changeNotices", to: "/sager/$caseId/aendringer" },
  { key: "timeline", to: "/sager/$caseId/tidslinje" },
] as const;

export type CaseSectionKey = (typeof caseSections)[number]["key"];

/** The section a path shows: `/sager/<id>/moeder` → "meetings"; the case's own address → "overview". */
export function caseSectionOfPath(pathname: string): CaseSectionKey {
  const last = pathname.replace(/\/+$/, "").split("/").slice(3).join("/");
  const found = caseSections.find((section) => section.to.split("/").slice(3).join("/") === last);
  return found?.key ?? "overview";
}

/**
 * Whether a part has anything to show yet: before activation a case has no agreements and
 * no change notices; the page then says when they come instead of showing an empty frame.
 */
export function caseSectionHasContent(detail: CaseDetail, key: CaseSectionKey): boolean {
  const { view, actions } = detail;
  const activeOrClosed = view.status === "active" || view.status === "closed";
  switch (key) {
    case "overview":
    case "timeline":
      return true;
    case "team":
      return (
        view.team.members.length > 0 ||
        view.team.formerMembers.length > 0 ||
        actions.manageTeam ||
        actions.editTeamMemberIds.length > 0
      );
    case "meetings":
      return activeOrClosed || view.meetings.length > 0;
    case "agreements":
      return activeOrClosed;
    case "consent":
      return view.organisations.length > 0 || view.consents.length > 0 || actions.recordConsent;
    case "changeNotices":
      return view.status === "active" || view.changeNotices.length > 0;
  }
}
