import { useTranslation } from "react-i18next";
import { useSignedInUser } from "./signed-in-user";

/**
 * The leader dashboard, from the staff app's menu, for those it is for: leaders (the quarter's
 * figures, R12) and analysts (exports). A plain link: the dashboard is another app.
 */
export function DashboardNavItem() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  if (user.role !== "leader" && user.role !== "analyst") return null;
  return (
    <li className="other-app">
      <a href="/dashboard/">{t(user.role === "leader" ? "nav.dashboard" : "nav.exports")}</a>
    </li>
  );
}
