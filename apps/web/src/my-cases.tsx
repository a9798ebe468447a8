import { DANISH_TIME_ZONE } from "@samstemt/domain";
import { QueryError, useTRPC } from "@samstemt/ui";
import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { DeadlineText } from "./deadline-text";

/** `children` come under the page heading, before the list (e.g. invitations). */
export function MyCases(props: { children?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const cases = useQuery(trpc.cases.mine.queryOptions());
  const formatDate = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: "medium",
    timeZone: DANISH_TIME_ZONE,
  });

  return (
    <>
      <h1>{t("myCases.title")}</h1>
      {props.children}
      <h2>{t("myCases.listTitle")}</h2>
      <p className="muted">{t("myCases.intro")}</p>
      {cases.isPending && <p aria-live="polite">{t("loading")}</p>}
      {cases.isError && <QueryError error={cases.error} onRetry={() => void cases.refetch()} />}
      {cases.data?.length === 0 && <p className="empty">{t("myCases.empty")}</p>}
      {cases.data && cases.data.length > 0 && (
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
            {cases.data.map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.citizenName}</th>
                <td>{t(`status.${row.status}`)}</td>
                <td>
                  {formatDate.format(row.initiativeAt)}
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
                  <DeadlineText deadline={row.deadline} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
