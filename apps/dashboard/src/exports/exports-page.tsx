import { ExportForm } from "./export-form";
import { ExportList } from "./export-list";

/** The analyst's page (issue 12): order a pseudonymised export, follow it, download it. */
export function ExportsPage() {
  return (
    <>
      <ExportForm />
      <ExportList />
    </>
  );
}
