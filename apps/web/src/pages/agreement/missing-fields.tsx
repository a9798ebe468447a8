import type { AgreementField } from "@samstemt/domain";
import { useTranslation } from "react-i18next";

/**
 * R10/R11: from the moment the page opens, the fields the latest version still lacks — the
 * same check that refuses signing, decided by the domain — each linked to its field.
 */
export function MissingFields(props: { missing: AgreementField[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === "en" ? "en" : "da";
  if (props.missing.length === 0) return null;
  return (
    <section aria-labelledby="missing-title" className="notice no-print" id="agreement-missing">
      <h2 id="missing-title">{t("agreements.missingTitle")}</h2>
      <p>{t("agreements.missingIntro")}</p>
      <ul>
        {props.missing.map((field) => (
          <li key={field.key}>
            <a href={`#agreement-${field.key}`}>
              {t("agreements.missingField", { label: field.label[language] })}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
