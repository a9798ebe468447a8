import { QueryError, useTRPC } from "@samstemt/ui";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { quarterName } from "../quarter-review/format";

/**
 * The leader's quarterly reports (R12): the PDFs the worker has written for their
 * organisation (`exports.quarterlyReports`), newest quarter first, with when each was
 * written. Each is a real link to the server's download route, so the browser saves the PDF
 * and the download is audited there.
 */
export function QuarterlyReportsPage() {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const reports = useQuery(trpc.exports.quarterlyReports.queryOptions());
  if (reports.isPending) return <p aria-live="polite">{t("loading")}</p>;
  if (reports.isError)
    return <QueryError error={reports.error} onRetry={() => void reports.refetch()} />;
  const { organisationName, reports: written, timeZone } = reports.data;
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium", timeZone });
  return (
    <>
      <h1>{t("reports.title")}</h1>
      <p>{t("reports.intro", { organisation: organisationName })}</p>
      {written.length === 0 ? (
        <p className="empty" data-testid="no-quarterly-reports">
          {t("reports.none")}
        </p>
      ) : (
        <ul className="report-list" data-testid="quarterly-reports">
          {written.map((report) => (
            <li key={report.quarter}>
              <a href={report.url} download={`samstemt-kvartalsrapport-${report.quarter}.pdf`}>
                {t("reports.download", {
                  quarter: quarterName(report.quarter, i18n.language),
                  organisation: report.organisationName,
                })}
              </a>
              <span className="file-kind"> {t("reports.pdf")}</span>
              <span className="report-written">
                {" "}
                {t("reports.written", { date: date.format(new Date(report.createdAt)) })}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="hint">{t("reports.smallFigures")}</p>
    </>
  );
}
