import { errorCode, QueryError, useTRPC } from "@samstemt/ui";
import { useQuery } from "@tanstack/react-query";
import { Link, Outlet, useParams, useRouterState } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { StatusBadge } from "../../components/status-badge";
import { PageHeading } from "../../layout/page-heading";
import { CaseCommandsProvider } from "./case-command";
import { CaseDetailContext } from "./case-detail-context";
import { CaseFacts } from "./case-facts";
import { caseSectionOfPath } from "./case-sections";
import { CaseSubNav } from "./case-sub-nav";
import { ClosedNotice } from "./close-case";
import { ReducedViewNotice } from "./consent-section";

/**
 * `/sager/$caseId` and its parts: the frame of every part of one case — the citizen and
 * status, the facts (R9 deadline, coordinator), a closed or reduced case said in words, and
 * the sub-navigation to the parts (overview, team, meetings, agreements, consent, change
 * notices, timeline), each at its own address. Everything comes from the consent-aware view
 * the API computes for this viewer (R4); a case they may not see is "not found", never
 * "forbidden".
 */
export function CasePage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { caseId } = useParams({ from: "/sager/$caseId" });
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const detail = useQuery(trpc.cases.get.queryOptions({ caseId }, { retry: false }));

  if (detail.isPending) return <p aria-live="polite">{t("loading")}</p>;
  if (detail.isError) {
    const code = errorCode(detail.error);
    if (code === "NOT_FOUND" || code === "BAD_REQUEST") {
      return (
        <>
          <PageHeading title={t("case.notFoundTitle")}>{t("case.notFoundTitle")}</PageHeading>
          <p>{t("case.notFoundText")}</p>
          <p>
            <Link to="/sager">{t("case.backToCases")}</Link>
          </p>
        </>
      );
    }
    return <QueryError error={detail.error} onRetry={() => void detail.refetch()} />;
  }
  const { view } = detail.data;
  const section = caseSectionOfPath(pathname);
  const title =
    section === "overview"
      ? view.citizen.name
      : `${t(`caseSections.${section}`)} – ${view.citizen.name}`;
  return (
    <CaseDetailContext.Provider value={detail.data}>
      <CaseCommandsProvider caseId={view.caseId} version={view.version}>
        <p>
          <Link to="/sager">{t("case.backToCases")}</Link>
        </p>
        {/* Keyed by the part shown: opening another part names it in the browser's title and
            moves focus to the heading, as a new page would. */}
        <PageHeading key={section} title={title}>
          {view.citizen.name} <StatusBadge status={view.status} />
        </PageHeading>
        <ClosedNotice view={view} />
        <ReducedViewNotice detail={detail.data} />
        <CaseFacts detail={detail.data} />
        <CaseSubNav caseId={view.caseId} />
        <Outlet />
      </CaseCommandsProvider>
    </CaseDetailContext.Provider>
  );
}
