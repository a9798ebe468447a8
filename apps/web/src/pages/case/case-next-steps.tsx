import { agreementKinds } from "@samstemt/domain";
import { agreementTitles } from "@samstemt/domain/labels";
import { Link } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { CaseDetail } from "./case-types";

/**
 * On the overview, what waits for this viewer in the other parts of the case, each a link
 * straight there — so splitting the case into parts hides no step. The server's `actions`
 * say what applies, as they do for the panels themselves.
 */
export function CaseNextSteps({ detail }: { detail: CaseDetail }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === "en" ? "en" : "da";
  const { view, actions } = detail;
  const caseId = view.caseId;
  const planned = view.meetings.some((meeting) => meeting.status === "scheduled");
  const toSign = agreementKinds.filter((kind) => actions.signAgreement[kind].length > 0);
  const steps: { key: string; link: ReactNode }[] = [];
  if (actions.scheduleMeeting) {
    steps.push({
      key: "schedule",
      link: (
        <Link to="/sager/$caseId/moeder" params={{ caseId }}>
          {t("caseSections.next.scheduleMeeting")}
        </Link>
      ),
    });
  }
  if (actions.recordMeeting && planned) {
    steps.push({
      key: "record",
      link: (
        <Link to="/sager/$caseId/moeder" params={{ caseId }}>
          {t("caseSections.next.recordMeeting")}
        </Link>
      ),
    });
  }
  if (actions.acknowledgeNoticeIds.length > 0) {
    steps.push({
      key: "acknowledge",
      link: (
        <Link to="/sager/$caseId/aendringer" params={{ caseId }}>
          {t("caseSections.next.acknowledgeNotice")}
        </Link>
      ),
    });
  }
  for (const kind of toSign) {
    steps.push({
      key: `sign-${kind}`,
      link: (
        <Link to="/sager/$caseId/aftaler/$kind" params={{ caseId, kind }}>
          {t("caseSections.next.sign", { title: agreementTitles[kind][language] })}
        </Link>
      ),
    });
  }
  if (steps.length === 0) return null;
  return (
    <section aria-labelledby="next-steps-title" className="notice">
      <h2 id="next-steps-title">{t("case.youCan")}</h2>
      <ul>
        {steps.map((step) => (
          <li key={step.key}>{step.link}</li>
        ))}
      </ul>
    </section>
  );
}
