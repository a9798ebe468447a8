import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useSignedInUser } from "../../layout/signed-in-user";

/** "CPR-tjek" in the main navigation, for leaders only: registrations to check (R5). */
export function IdentityChecksNavItem() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  if (user.role !== "leader") return null;
  return (
    <li>
      <Link to="/identitetstjek">{t("identityChecks.nav")}</Link>
    </li>
  );
}
