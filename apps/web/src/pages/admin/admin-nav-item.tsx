import { useTRPC } from "@samstemt/ui";
import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";

/** "Administration" in the main navigation, for administrators only (issue 10). */
export function AdminNavItem() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const access = useQuery(trpc.admin.access.queryOptions());
  if (!access.data?.administrator) return null;
  return (
    <li>
      <Link to="/administration">{t("admin.nav")}</Link>
    </li>
  );
}
