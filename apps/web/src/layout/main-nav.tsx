import { useTRPC } from "@samstemt/ui";
import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { AdminNavItem } from "../pages/admin/admin-nav-item";
import { IdentityChecksNavItem } from "../pages/identity-checks/identity-checks-nav-item";
import { DashboardNavItem } from "./dashboard-nav-item";

/**
 * The app's pages; "Mine opgaver" says how many tasks wait and "Notifikationer" how many
 * alerts are unread, in words for screen readers too.
 */
export function MainNav() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const tasks = useQuery(trpc.tasks.mine.queryOptions());
  const count = tasks.data?.count;
  // Only the count is needed here: the list itself is fetched by its page.
  const notifications = useQuery(trpc.notifications.mine.queryOptions({ limit: 1 }));
  const unread = notifications.data?.unread;
  return (
    <nav className="main-nav" aria-label={t("nav.label")}>
      <ul>
        <li>
          <Link to="/" activeOptions={{ exact: true }}>
            {t("nav.tasks")}
            {count !== undefined && (
              <span className="count">
                {count}
                <span className="visually-hidden"> {t("nav.tasksCount", { count })}</span>
              </span>
            )}
          </Link>
        </li>
        <li>
          <Link to="/sager" activeOptions={{ exact: false }}>
            {t("nav.cases")}
          </Link>
        </li>
        <li>
          <Link to="/ny">{t("nav.newInitiative")}</Link>
        </li>
        <li>
          <Link to="/notifikationer">
            {t("nav.notifications")}
            {unread !== undefined && unread > 0 && (
              <span className="count">
                {unread}
                <span className="visually-hidden"> {t("nav.unreadCount", { count: unread })}</span>
              </span>
            )}
          </Link>
        </li>
        <li>
          <Link to="/soeg">{t("nav.search")}</Link>
        </li>
        <IdentityChecksNavItem />
        <AdminNavItem />
        <DashboardNavItem />
      </ul>
    </nav>
  );
}
