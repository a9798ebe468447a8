import { QueryError, useTRPC } from "@samstemt/ui";
import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DeadlineText } from "../../components/deadline-text";
import { useFormat } from "../../components/format";
import { StatusBadge } from "../../components/status-badge";
import { PageHeading } from "../../layout/page-heading";

/** `/sager`: the cases the person works on, each linking to its case page. */
export function CasesPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const format = useFormat();
  const cases = useQuery(trpc.cases.mine.queryOptions());
  // Closed cases stay the person's (read-only) but are out of the way unless asked for.
  const [showClosed, setShowClosed] = useState(false);
  const closedCount = cases.data?.filter((row) => row.status === "closed").length ?? 0;
  const rows = cases.data?.filter((row) => showClosed || row.status !== "closed");

  return (
    <>
      <PageHeading title={t("myCases.title")}>{t("myCases.title")}</PageHeading>
      <p className="muted">{t("myCases.intro")}</p>
      {cases.isPending && <p aria-live="polite">{t("loading")}</p>}
      {cases.isError && <QueryError error={cases.error} onRetry={() => void cases.refetch()} />}
      {cases.data?.length === 0 && (
        <p className="empty">
          {t("myCases.empty")} <Link to="/ny">{t("myCases.emptyAction")}</Link>
        </p>
      )}
      {closedCount > 0 && (
        <label className="choice" htmlFor="show-closed">
          <input
            type="checkbox"
            id="show-closed"
            checked={showClosed}
            onChange={(event) => setShowClosed(event.target.checked)}
          />
          {t("casesFilter.showClosed")} ({closedCount})
        </label>
      )}
      {rows && rows.length > 0 && (
        <table>
          <caption>{t("myCases.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("myCases.citizen")}</th>
              <th scope="col">{t("myCases.status")}</th>
              <th scope="col">{t("myCases.initiative")}</th>
              <th scope="col">{t("myCases.coordinator")}</th>
              <th scope="col">{t("myCases.deadline")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">
                  <Link to="/sager/$caseId" params={{ caseId: row.id }}>
                    {row.citizenName}
                  </Link>
                </th>
                <td>
                  <StatusBadge status={row.status} />
                </td>
                <td>
                  {format.date(row.initiativeAt)}
                  <br />
                  <span className="muted">
                    {t("myCases.initiatedBy", {
                      name: row.initiatorName,
                      unit: row.initiatorUnitName,
                    })}
                  </span>
                </td>
                <td>
                  {row.coordinatorName ?? (
                    <span className="muted">{t("myCases.noCoordinator")}</span>
                  )}
                </td>
                <td>
                  <DeadlineText
                    deadline={row.deadline}
                    approaching={row.deadline?.approaching ?? false}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
