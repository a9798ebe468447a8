import { useTranslation } from "react-i18next";
import { QuarterReview } from "./quarter-review/quarter-review";
import { QuarterlyReportsPage } from "./quarterly-reports/quarterly-reports-page";
import { ReviewMeetingsPage } from "./review-meetings/review-meetings-page";
import { Summary } from "./summary";
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
          {/* Today's counts on screen; on paper only the quarter, with small figures hidden. */}
          <div className="current-summary">
            <Summary />
          </div>
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
