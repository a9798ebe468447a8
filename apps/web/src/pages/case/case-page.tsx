import { errorCode, QueryError, useTRPC } from "@samstemt/ui";
import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { StatusBadge } from "../../components/status-badge";
import { PageHeading } from "../../layout/page-heading";
import { AgreementsSection } from "./agreements-section";
import { CaseActionsPanel } from "./case-actions-panel";
import { CaseCommandsProvider } from "./case-command";
import { CaseFacts } from "./case-facts";
import { CaseTimeline } from "./case-timeline";
import { ChangeNoticesSection } from "./change-notices-section";
import { CitizenDocumentsSection } from "./citizen-documents-section";
import { CloseCase, ClosedNotice } from "./close-case";
import { ConsentSection, ReducedViewNotice } from "./consent-section";
import { MeetingsSection } from "./meetings-section";
import { OrganisationsSection } from "./organisations-section";
import { TeamSection } from "./team-section";

/**
 * `/sager/$caseId`: the centre of the work on one case — the facts at the top (status,
 * R9 deadline, coordinator), what the viewer can do now, the organisations, the team, the
 * meetings and a timeline. Everything comes from the consent-aware view the API computes
 * for this viewer (R4); a case they may not see is "not found", never "forbidden".
 */
export function CasePage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { caseId } = useParams({ from: "/sager/$caseId" });
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
  return (
    <CaseCommandsProvider caseId={view.caseId} version={view.version}>
      <p>
        <Link to="/sager">{t("case.backToCases")}</Link>
      </p>
      <PageHeading title={view.citizen.name}>
        {view.citizen.name} <StatusBadge status={view.status} />
      </PageHeading>
      <ClosedNotice view={view} />
      <ReducedViewNotice detail={detail.data} />
      <CaseFacts detail={detail.data} />
      <CaseActionsPanel detail={detail.data} />
      <OrganisationsSection view={view} />
      <TeamSection view={view} />
      <MeetingsSection detail={detail.data} />
      <AgreementsSection detail={detail.data} />
      <ConsentSection detail={detail.data} />
      <ChangeNoticesSection detail={detail.data} />
      <CitizenDocumentsSection detail={detail.data} />
      {detail.data.actions.closeCase && <CloseCase citizenName={view.citizen.name} />}
      <CaseTimeline view={view} />
    </CaseCommandsProvider>
  );
}
