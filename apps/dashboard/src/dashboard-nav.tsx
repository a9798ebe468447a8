import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { type DashboardUrlState, hrefFor, useUrlState } from "./url-state";

type View = DashboardUrlState["view"];

/** The browser's title names the view open, so tabs, history and bookmarks tell them apart. */
export function usePageTitle(title: string) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} – ${t("appName")}`;
  }, [title, t]);
}

/** The staff app, from the dashboard's menu: leaders and analysts work in both. */
function StaffAppItem() {
  const { t } = useTranslation();
  return (
    <li className="other-app">
      <a href="/">{t("nav.staffApp")}</a>
    </li>
  );
}

/**
 * The dashboard's menu: a leader's three views (the quarter's figures, the leader meetings,
 * the quarterly reports, R12), an analyst's exports, and the way back to the staff app.
 */
export function DashboardNav(props: { role: "leader" | "analyst" }) {
  const { t } = useTranslation();
  const [url, navigate] = useUrlState();
  const link = (view: View) => (
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
    <nav className="main-nav" aria-label={t("nav.label")}>
      <ul>
        {props.role === "leader" ? (
          <>
            <li>{link("figures")}</li>
            <li>{link("meetings")}</li>
            <li>{link("reports")}</li>
          </>
        ) : (
          <li>
            <a href={window.location.pathname} aria-current="page">
              {t("exports.title")}
            </a>
          </li>
        )}
        <StaffAppItem />
      </ul>
    </nav>
  );
}
