import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { quarterName } from "../quarter-review/format";

/** What `GET /reports` answers: the leader's own organisation's reports that have been written. */
interface WrittenReports {
  organisationId: string;
  organisationName: string;
  reports: { quarter: string; url: string }[];
}

/**
 * Not tRPC: only the server sees which reports the worker has written, so the page lists
 * `GET /reports` and links straight to the download route (a real link, so the browser
 * saves the PDF and the download is audited there).
 */
async function fetchReports(): Promise<WrittenReports> {
  const response = await fetch("/reports", { credentials: "same-origin" });
  if (!response.ok) throw new Error(String(response.status));
  return (await response.json()) as WrittenReports;
}

/** The leader's quarterly reports (R12, issue 12): one PDF per finished quarter, written by the worker. */
export function QuarterlyReportsPage() {
  const { t } = useTranslation();
  const reports = useQuery({ queryKey: ["written-reports"], queryFn: fetchReports });
  if (reports.isPending) return <p aria-live="polite">{t("loading")}</p>;
  if (reports.isError)
    return (
      <div role="alert">
        <p>{t("reports.failed")}</p>
        <button type="button" onClick={() => void reports.refetch()}>
          {t("retry")}
        </button>
      </div>
    );
  const { organisationName, reports: written } = reports.data;
  return (
    <>
      <h1>{t("reports.title")}</h1>
      <p>{t("reports.intro", { organisation: organisationName })}</p>
      {written.length === 0 ? (
        <p className="empty">{t("reports.none")}</p>
      ) : (
        <ul className="report-list" data-testid="quarterly-reports">
          {written.map((report) => (
            <li key={report.quarter}>
              <a href={report.url} download={`samstemt-kvartalsrapport-${report.quarter}.pdf`}>
                {t("reports.download", {
                  quarter: quarterName(report.quarter, t),
                  organisation: organisationName,
                })}
              </a>
              <span className="file-kind"> {t("reports.pdf")}</span>
            </li>
          ))}
        </ul>
      )}
      <p className="hint">{t("reports.smallFigures")}</p>
    </>
  );
}
