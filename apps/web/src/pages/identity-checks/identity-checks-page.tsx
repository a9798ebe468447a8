import type { CaseStatus } from "@samstemt/domain";
import { errorCode, QueryError, useTRPC } from "@samstemt/ui";
import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../components/format";
import { StatusBadge } from "../../components/status-badge";
import { PageHeading } from "../../layout/page-heading";
import { ConfirmIdentityForm } from "./confirm-identity-form";

/**
 * `/identitetstjek`: every registration in the leader's unit whose CPR number is still to be
 * checked against the CPR register (R5) — all of them, so the list says nothing about which
 * numbers Samstemt knew. "Tjek mod CPR-registret" opens the form where the leader gives the
 * register's name; a mistyped number is declined on the case page. Reading the list is
 * audited on the server.
 */
export function IdentityChecksPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const format = useFormat();
  const checks = useQuery(trpc.initiative.identityChecks.queryOptions());
  const [checking, setChecking] = useState<string | null>(null);
  const [news, setNews] = useState("");
  const title = t("identityChecks.title");
  const chosen = checks.data?.find((row) => row.caseId === checking);
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <p>{t("identityChecks.intro")}</p>
      <p role="status" className={news ? "success" : "visually-hidden"}>
        {news}
      </p>
      {checks.isPending && <p aria-live="polite">{t("loading")}</p>}
      {checks.isError &&
        (errorCode(checks.error) === "FORBIDDEN" ? (
          <p>{t("identityChecks.forbidden")}</p>
        ) : (
          <QueryError error={checks.error} onRetry={() => void checks.refetch()} />
        ))}
      {checks.data?.length === 0 && <p className="empty">{t("identityChecks.empty")}</p>}
      {checks.data && checks.data.length > 0 && (
        <table>
          <caption>{t("identityChecks.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("identityChecks.name")}</th>
              <th scope="col">{t("identityChecks.cpr")}</th>
              <th scope="col">{t("identityChecks.initiative")}</th>
              <th scope="col">{t("identityChecks.initiator")}</th>
              <th scope="col">{t("identityChecks.status")}</th>
              <th scope="col">
                <span className="visually-hidden">{t("identityChecks.open")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {checks.data.map((row) => (
              <tr key={row.caseId}>
                <th scope="row">{row.name}</th>
                <td>{row.cpr}</td>
                <td>{format.date(new Date(row.initiativeAt))}</td>
                <td>{row.initiatorName}</td>
                <td>
                  <StatusBadge status={row.status as CaseStatus} />
                </td>
                <td>
                  <Link to="/sager/$caseId" params={{ caseId: row.caseId }}>
                    {t("identityChecks.open")}
                    <span className="visually-hidden">: {row.name}</span>
                  </Link>{" "}
                  <button
                    type="button"
                    className="secondary"
                    onClick={() => {
                      setNews("");
                      setChecking(row.caseId);
                    }}
                  >
                    {t("identityConfirm.check")}
                    <span className="visually-hidden">: {row.name}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {chosen && (
        <ConfirmIdentityForm
          key={chosen.caseId}
          check={chosen}
          onCancel={() => setChecking(null)}
          onDone={(message) => {
            setChecking(null);
            setNews(message);
          }}
        />
      )}
    </>
  );
}
