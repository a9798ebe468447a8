import { useTranslation } from "react-i18next";
import { usePageTitle } from "../dashboard-nav";
import { ExportForm } from "./export-form";
import { ExportList } from "./export-list";

/** The analyst's page: order a pseudonymised export, follow it, download it. */
export function ExportsPage() {
  const { t } = useTranslation();
  usePageTitle(t("exports.title"));
  return (
    <>
      <ExportForm />
      <ExportList />
    </>
  );
}
