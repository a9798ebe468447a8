import { QueryError, useTRPC } from "@samstemt/ui";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { quarterName } from "../quarter-review/format";

type TFunction = ReturnType<typeof useTranslation>["t"];

/** How often the list asks again while an export is queued or being written. */
const POLL_MS = 1500;

type Status = "queued" | "running" | "done" | "failed" | "expired";

interface ExportSummary {
  id: string;
  fromQuarter: string;
  toQuarter: string;
  organisationIds: string[];
  status: Status;
  rowsDone: number;
  rowsTotal: number | null;
  percent: number | null;
  createdAt: Date;
  expiresAt: Date | null;
  formats: ("csv" | "xlsx")[];
}

const inProgress = (status: Status) => status === "queued" || status === "running";

function period(row: ExportSummary, language: string) {
  return row.fromQuarter === row.toQuarter
    ? quarterName(row.fromQuarter, language)
    : `${quarterName(row.fromQuarter, language)} – ${quarterName(row.toQuarter, language)}`;
}

/** The words for an export's progress: what the table cell shows and the live region says. */
function progressText(row: ExportSummary, t: TFunction) {
  if (row.status === "queued" || row.percent === null) return t("exports.status.queued");
  return t("exports.status.running", {
    percent: row.percent,
    done: row.rowsDone,
    total: row.rowsTotal ?? 0,
    count: row.rowsTotal ?? 0,
  });
}

/**
 * The analyst's own exports, newest first (`exports.mine`), asked again every 1.5 s while one
 * is queued or running; the newest unfinished one's progress is read out in a polite live
 * region (not every row, so a screen reader is not flooded).
 */
export function ExportList() {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const mine = useQuery({
    ...trpc.exports.mine.queryOptions(),
    refetchInterval: (query) =>
      (query.state.data as ExportSummary[] | undefined)?.some((row) => inProgress(row.status))
        ? POLL_MS
        : false,
  });
  const dateTime = (at: Date) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium", timeStyle: "short" }).format(at);

  if (mine.isPending) return <p aria-live="polite">{t("loading")}</p>;
  if (mine.isError) return <QueryError error={mine.error} onRetry={() => void mine.refetch()} />;
  const rows = mine.data as ExportSummary[];
  const running = rows.find((row) => inProgress(row.status));
  const newest = rows[0];
  const announcement = running
    ? `${period(running, i18n.language)}: ${progressText(running, t)}`
    : newest && newest.status === "done"
      ? t("exports.readyAnnouncement", { period: period(newest, i18n.language) })
      : "";

  return (
    <section aria-labelledby="my-exports-heading">
      <h2 id="my-exports-heading">{t("exports.listHeading")}</h2>
      <p aria-live="polite" data-testid="export-progress" className="live-progress">
        {announcement}
      </p>
      {rows.length === 0 ? (
        <p className="empty">{t("exports.none")}</p>
      ) : (
        <table data-testid="my-exports">
          <caption className="visually-hidden">{t("exports.listHeading")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("exports.periodColumn")}</th>
              <th scope="col">{t("exports.scopeColumn")}</th>
              <th scope="col">{t("exports.orderedColumn")}</th>
              <th scope="col">{t("exports.statusColumn")}</th>
              <th scope="col">{t("exports.filesColumn")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} data-status={row.status}>
                <th scope="row">{period(row, i18n.language)}</th>
                <td>
                  {row.organisationIds.length === 0
                    ? t("exports.allCases")
                    : t("exports.organisationCount", { count: row.organisationIds.length })}
                </td>
                <td>{dateTime(row.createdAt)}</td>
                <td>
                  {inProgress(row.status) ? (
                    <>
                      <progress
                        max={100}
                        value={row.percent ?? undefined}
                        aria-label={t("exports.progressLabel", {
                          period: period(row, i18n.language),
                        })}
                      />{" "}
                      {progressText(row, t)}
                    </>
                  ) : row.status === "done" ? (
                    row.expiresAt ? (
                      t("exports.status.doneUntil", { date: dateTime(row.expiresAt) })
                    ) : (
                      t("exports.status.done")
                    )
                  ) : (
                    <span className="error">{t(`exports.status.${row.status}`)}</span>
                  )}
                </td>
                <td>
                  {row.formats.length === 0
                    ? "—"
                    : row.formats.map((format) => (
                        <a
                          key={format}
                          className="file-link"
                          href={`/exports/${row.id}/${format}`}
                          download
                          aria-label={t("exports.downloadLabel", {
                            format: format.toUpperCase(),
                            period: period(row, i18n.language),
                          })}
                        >
                          {t("exports.download", { format: format.toUpperCase() })}
                        </a>
                      ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
