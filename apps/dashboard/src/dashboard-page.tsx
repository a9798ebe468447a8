import { unitAndOrganisation, useTRPC } from "@samstemt/ui";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { usePageTitle } from "./dashboard-nav";
import { QuarterReview } from "./quarter-review/quarter-review";
import { QuarterlyReportsPage } from "./quarterly-reports/quarterly-reports-page";
import { ReviewMeetingsPage } from "./review-meetings/review-meetings-page";
import { useUrlState } from "./url-state";

/**
 * The leader's dashboard: the quarter's figures, the review meetings or the quarterly reports
 * (R12), as the menu (`DashboardNav`) and the address choose.
 */
export function DashboardPage(props: { meId: string }) {
  const { t } = useTranslation();
  const [url] = useUrlState();
  usePageTitle(`${t(`nav.${url.view}`)} – ${t("section")}`);
  return (
    <>
      {url.view === "figures" ? (
        <>
          <OverviewHeading />
          <QuarterReview />
        </>
      ) : url.view === "meetings" ? (
        <ReviewMeetingsPage meId={props.meId} />
      ) : (
        <QuarterlyReportsPage />
      )}
    </>
  );
}

/** Whose figures these are: the page's heading, and what the leader's cases are. */
function OverviewHeading() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  // The signed-in leader, as the app shell already loaded them.
  const me = useQuery(trpc.auth.me.queryOptions(undefined, { retry: false }));
  const names = { unit: me.data?.unitName ?? "", organisation: me.data?.organisationName ?? "" };
  const where = unitAndOrganisation(names.unit, names.organisation);
  return (
    <>
      <h1>{t("overview.title", { where })}</h1>
      <p className="muted screen-only">{t("overview.intro", names)}</p>
    </>
  );
}
