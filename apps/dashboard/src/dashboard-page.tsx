import { useTRPC } from "@samstemt/ui";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { QuarterReview } from "./quarter-review/quarter-review";
import { QuarterlyReportsPage } from "./quarterly-reports/quarterly-reports-page";
import { ReviewMeetingsPage } from "./review-meetings/review-meetings-page";
import { hrefFor, useUrlState } from "./url-state";

/** The leader's dashboard: the quarter's figures, the review meetings or the quarterly reports (R12). */
export function DashboardPage(props: { meId: string }) {
  const { t } = useTranslation();
  const [url, navigate] = useUrlState();
  const link = (view: "figures" | "meetings" | "reports") => (
    <a
      href={hrefFor({ ...url, view, cases: null, closingReason: null, meeting: null })}
      aria-current={url.view === view ? "page" : undefined}
      onClick={(event) => {
        event.preventDefault();
        navigate({ view, cases: null, closingReason: null, meeting: null });
      }}
    >
      {t(`nav.${view}`)}
    </a>
  );
  return (
    <>
      <nav className="dashboard-nav" aria-label={t("nav.label")}>
        <ul>
          <li>{link("figures")}</li>
          <li>{link("meetings")}</li>
          <li>{link("reports")}</li>
        </ul>
      </nav>
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
  return (
    <>
      <h1>{t("overview.title", names)}</h1>
      <p className="muted screen-only">{t("overview.intro", names)}</p>
    </>
  );
}
