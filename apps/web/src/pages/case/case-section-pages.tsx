import { useTranslation } from "react-i18next";
import { AgreementsSection } from "./agreements-section";
import { JourneyActions, MeetingActions, TeamActions } from "./case-actions-panel";
import { useCaseDetail } from "./case-detail-context";
import { CaseAbout } from "./case-facts";
import { CaseNextSteps } from "./case-next-steps";
import { type CaseSectionKey, caseSectionHasContent } from "./case-sections";
import { CaseTimeline } from "./case-timeline";
import { ChangeNoticesSection } from "./change-notices-section";
import { CitizenDocumentsSection } from "./citizen-documents-section";
import { CloseCase } from "./close-case";
import { ConsentSection } from "./consent-section";
import { MeetingsSection } from "./meetings-section";
import { OrganisationsSection } from "./organisations-section";
import { TeamSection } from "./team-section";

/** What a part with nothing in it yet says, instead of an empty page. */
function NothingYet({ section }: { section: CaseSectionKey }) {
  const { t } = useTranslation();
  return <p className="empty">{t(`caseSections.empty.${section}`)}</p>;
}

/**
 * `/sager/$caseId`: the next steps of the journey (and links to those waiting in other parts),
 * the case in words, the organisations.
 */
export function CaseOverviewPage() {
  const detail = useCaseDetail();
  const { view } = detail;
  return (
    <>
      <JourneyActions detail={detail} />
      <CaseNextSteps detail={detail} />
      <CaseAbout detail={detail} />
      <OrganisationsSection view={view} />
      <CitizenDocumentsSection detail={detail} />
      {detail.actions.closeCase && <CloseCase citizenName={view.citizen.name} />}
    </>
  );
}

/** `/sager/$caseId/team`: the team (R6, R7) and changing it. */
export function CaseTeamPage() {
  const detail = useCaseDetail();
  if (!caseSectionHasContent(detail, "team")) return <NothingYet section="team" />;
  return (
    <TeamSection view={detail.view}>
      <TeamActions detail={detail} />
    </TeamSection>
  );
}

/** `/sager/$caseId/moeder`: meetings (R7–R9), planning one and recording one as held. */
export function CaseMeetingsPage() {
  const detail = useCaseDetail();
  if (!caseSectionHasContent(detail, "meetings")) return <NothingYet section="meetings" />;
  return (
    <MeetingsSection detail={detail}>
      <MeetingActions detail={detail} />
    </MeetingsSection>
  );
}

/** `/sager/$caseId/aftaler`: the two agreements (R10, R11), each opening its own page. */
export function CaseAgreementsPage() {
  const detail = useCaseDetail();
  if (!caseSectionHasContent(detail, "agreements")) return <NothingYet section="agreements" />;
  return <AgreementsSection detail={detail} />;
}

/** `/sager/$caseId/samtykke`: the citizen's consent (R4). */
export function CaseConsentPage() {
  const detail = useCaseDetail();
  if (!caseSectionHasContent(detail, "consent")) return <NothingYet section="consent" />;
  return <ConsentSection detail={detail} />;
}

/** `/sager/$caseId/aendringer`: changes in the partners' interventions (R13). */
export function CaseChangeNoticesPage() {
  const detail = useCaseDetail();
  if (!caseSectionHasContent(detail, "changeNotices")) {
    return <NothingYet section="changeNotices" />;
  }
  return <ChangeNoticesSection detail={detail} />;
}

/** `/sager/$caseId/tidslinje`: what happened on the case, newest first. */
export function CaseTimelinePage() {
  const { view } = useCaseDetail();
  return <CaseTimeline view={view} />;
}
