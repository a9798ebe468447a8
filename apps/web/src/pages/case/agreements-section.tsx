import { agreementKinds } from "@samstemt/domain";
import { agreementTitles } from "@samstemt/domain/labels";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { CaseDetail } from "./case-types";

/** R10/R11: the two agreements' state on the case, each linking to its own page. */
export function AgreementsSection({ detail }: { detail: CaseDetail }) {
  const { t, i18n } = useTranslation();
  const { view } = detail;
  if (view.status !== "active" && view.status !== "closed") return null;
  const language = i18n.language === "en" ? "en" : "da";
  return (
    <section aria-labelledby="agreements-title" id="aftaler">
      <h2 id="agreements-title">{t("agreements.sectionTitle")}</h2>
      <p className="muted">{t("agreements.sectionIntro")}</p>
      <ul>
        {agreementKinds.map((kind) => {
          const latest = view.agreements[kind].at(-1);
          return (
            <li key={kind}>
              <Link to="/sager/$caseId/aftaler/$kind" params={{ caseId: view.caseId, kind }}>
                {agreementTitles[kind][language]}
              </Link>{" "}
              –{" "}
              {latest
                ? t("agreements.statusLine", {
                    version: latest.version,
                    status: t(`agreements.status.${latest.status}`),
                  })
                : t("agreements.none")}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
