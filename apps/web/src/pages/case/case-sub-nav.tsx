import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { caseSections } from "./case-sections";

/**
 * The case's parts as links (MoJ sub-navigation): a list of real links, so Tab reaches each,
 * Enter opens it, the address can be bookmarked, and the current part is marked
 * `aria-current="page"` as well as by a bar.
 */
export function CaseSubNav({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  return (
    <nav className="sub-nav" aria-label={t("caseSections.label")}>
      <ul>
        {caseSections.map((section) => (
          <li key={section.key}>
            <Link
              to={section.to}
              params={{ caseId }}
              activeOptions={{ exact: true, includeHash: false, includeSearch: false }}
            >
              {t(`caseSections.${section.key}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
