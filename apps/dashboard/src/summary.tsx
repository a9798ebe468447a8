import { QueryError, useTRPC } from "@samstemt/ui";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";

export function Summary() {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const summary = useQuery(trpc.dashboard.summary.queryOptions());
  if (summary.isPending) return <p aria-live="polite">{t("loading")}</p>;
  if (summary.isError) {
    return <QueryError error={summary.error} onRetry={() => void summary.refetch()} />;
  }
  const data = summary.data;
  const percent = new Intl.NumberFormat(i18n.language, { style: "percent" });
  const decided = data.deadline.met + data.deadline.missed;
  return (
    <>
      <h1>{t("summary.title", { unit: data.unitName, organisation: data.organisationName })}</h1>
      <p className="muted">
        {t("summary.intro", { unit: data.unitName, organisation: data.organisationName })}
      </p>
      <h2>{t("summary.deadlineHeading")}</h2>
      <dl className="figures">
        <div className="figure">
          <dt>{t("summary.metShare")}</dt>
          <dd data-testid="met-share">
            {data.metShare === null ? t("summary.metShareNone") : percent.format(data.metShare)}
          </dd>
          <dd className="muted figure-note">
            {t("summary.metOfDecided", { met: data.deadline.met, decided })}
          </dd>
        </div>
        <div className="figure">
          <dt>{t("summary.approaching", { days: data.warningDays })}</dt>
          <dd>{data.deadline.approaching}</dd>
        </div>
        <div className="figure">
          <dt>{t("summary.overdue")}</dt>
          <dd>{data.deadline.overdue}</dd>
        </div>
        <div className="figure">
          <dt>{t("summary.open")}</dt>
          <dd>{data.deadline.open}</dd>
        </div>
      </dl>
      <h2>{t("summary.statusHeading")}</h2>
      <table>
        <caption>{t("summary.statusCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("summary.status")}</th>
            <th scope="col">{t("summary.count")}</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(data.byStatus).map(([status, count]) => (
            <tr key={status}>
              <th scope="row">{t(`status.${status}`)}</th>
              <td>{count}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t("summary.total")}</th>
            <td>{data.totalCases}</td>
          </tr>
        </tbody>
      </table>
    </>
  );
}
