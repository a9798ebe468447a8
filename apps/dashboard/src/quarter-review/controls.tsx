import { type FormEvent, useId } from "react";
import { useTranslation } from "react-i18next";
import { useUrlState } from "../url-state";
import { quarterName } from "./format";
import type { QuarterReviewData } from "./types";

/**
 * Quarter and part of the organisation. Choosing does nothing until "Vis tal" (WCAG 3.2.2:
 * no change of context on input); the choice goes into the URL, so it can be bookmarked.
 */
export function Controls(props: { data: QuarterReviewData; scopeValue: string }) {
  const { t, i18n } = useTranslation();
  const [, navigate] = useUrlState();
  const quarterId = useId();
  const scopeId = useId();
  const { data } = props;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    navigate({
      quarter: String(form.get("quarter")),
      scope: String(form.get("scope")),
      cases: null,
      closingReason: null,
    });
  };
  return (
    <form className="controls no-print" onSubmit={submit} aria-label={t("review.controls")}>
      <div className="field">
        <label htmlFor={quarterId}>{t("review.quarter")}</label>
        <select id={quarterId} name="quarter" defaultValue={data.quarter} key={data.quarter}>
          {data.selectableQuarters.map((quarter) => (
            <option key={quarter} value={quarter}>
              {quarterName(quarter, i18n.language)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={scopeId}>{t("review.scope")}</label>
        <select id={scopeId} name="scope" defaultValue={props.scopeValue} key={props.scopeValue}>
          <option value="alle">{t("review.scopeAll")}</option>
          <option value={`organisation:${data.scopes.organisation.id}`}>
            {data.scopes.organisation.name}
          </option>
          {data.scopes.units.map((unit) => (
            <option key={unit.id} value={`enhed:${unit.id}`}>
              {t("review.scopeUnit", { unit: unit.name })}
            </option>
          ))}
        </select>
      </div>
      <button type="submit">{t("review.show")}</button>
    </form>
  );
}
