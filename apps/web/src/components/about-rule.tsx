import { useTranslation } from "react-i18next";

/**
 * "Om reglen": the rule of the collaboration model behind a step, named for those who want
 * to look it up, folded away so the page itself speaks plain Danish (DKFDS "Udvidet tekst").
 * `rule` is a key under `aboutRule` in the texts.
 */
export function AboutRule(props: { rule: "R5" | "R6" | "R8" }) {
  const { t } = useTranslation();
  return (
    <details className="about-rule">
      <summary>{t("aboutRule.summary")}</summary>
      <p>{t(`aboutRule.${props.rule}`)}</p>
    </details>
  );
}
