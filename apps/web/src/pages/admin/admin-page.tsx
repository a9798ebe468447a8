import { QueryError, useTRPC } from "@samstemt/ui";
import { useQuery } from "@tanstack/react-query";
import { Link, useSearch } from "@tanstack/react-router";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { PageHeading } from "../../layout/page-heading";
import "./admin.css";
import type { AdminView } from "./admin-search";
import { OrganisationsView } from "./organisations-view";
import { PeopleView } from "./people-view";
import { UnitsView } from "./units-view";

/** What every view of the administration is given. */
export interface AdminViewProps {
  search: ReturnType<typeof useAdminSearch>;
  /** Says what happened in the page's one live region. */
  announce: (message: string) => void;
}

const useAdminSearch = () => useSearch({ from: "/administration" });

/**
 * `/administration` (issue 10): organisations, units and people, for administrators only.
 * The only way to grant access to Samstemt; the server audits every change. Lists and forms
 * share one address, with the view and the record in the query string.
 */
export function AdminPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const search = useAdminSearch();
  const access = useQuery(trpc.admin.access.queryOptions());
  const [news, setNews] = useState("");
  const announce = (message: string) => setNews(message);
  const view = search.visning ?? "organisationer";
  // A form starts with nothing said: the last save's message belongs to the list it went to.
  useEffect(() => {
    if (search.id) setNews("");
  }, [search.id]);
  return (
    <>
      {/* One live region for the page, mounted from the start. */}
      <p role="status" className={news ? "success" : "visually-hidden"}>
        {news}
      </p>
      {access.isPending && <p aria-live="polite">{t("loading")}</p>}
      {access.isError && <QueryError error={access.error} onRetry={() => void access.refetch()} />}
      {access.data && !access.data.administrator && (
        <>
          <PageHeading title={t("admin.title")}>{t("admin.title")}</PageHeading>
          <p>{t("admin.forbidden")}</p>
        </>
      )}
      {access.data?.administrator && view === "organisationer" && (
        <OrganisationsView search={search} announce={announce} />
      )}
      {access.data?.administrator && view === "enheder" && (
        <UnitsView search={search} announce={announce} />
      )}
      {access.data?.administrator && view === "personer" && (
        <PeopleView search={search} announce={announce} />
      )}
    </>
  );
}

/** The administration's lists (MoJ sub-navigation); the current one is marked for all. */
export function AdminSubNav(props: { current: AdminView }) {
  const { t } = useTranslation();
  const items: Array<{ view: AdminView; label: string }> = [
    { view: "organisationer", label: t("admin.views.organisations") },
    { view: "enheder", label: t("admin.views.units") },
    { view: "personer", label: t("admin.views.people") },
  ];
  return (
    <nav className="sub-nav" aria-label={t("admin.subNav")}>
      <ul>
        {items.map((item) => (
          <li key={item.view}>
            <Link
              to="/administration"
              search={{ visning: item.view }}
              aria-current={item.view === props.current ? "page" : undefined}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
