import { citizenStances, initiativeReasonCategories } from "@samstemt/domain";
import { initiativeReasonLabels } from "@samstemt/domain/labels";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { DateFields } from "../../components/date-fields";
import { FieldMessage } from "../../components/error-summary";
import { type DraftField, fieldIds, type InitiativeDraft } from "./initiative-draft";

/** R1, R2, R5: the initiative form. Every message sits above its field (DKFDS). */
export function InitiativeForm(props: {
  draft: InitiativeDraft;
  onChange: (draft: InitiativeDraft) => void;
  errors: Partial<Record<DraftField, string>>;
  onSubmit: () => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === "en" ? "en" : "da";
  const { draft, errors } = props;
  const set = <Key extends keyof InitiativeDraft>(key: Key, value: InitiativeDraft[Key]) =>
    props.onChange({ ...draft, [key]: value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit();
  };
  const described = (field: DraftField, hint = false) =>
    [hint ? `${fieldIds[field]}-hint` : null, errors[field] ? `${fieldIds[field]}-error` : null]
      .filter(Boolean)
      .join(" ") || undefined;
  const fieldClass = (field: DraftField) => (errors[field] ? "field field-error" : "field");

  return (
    <form onSubmit={submit} noValidate>
      <h2>{t("initiativeForm.citizen")}</h2>
      <div className={fieldClass("name")}>
        <label htmlFor={fieldIds.name}>{t("initiativeForm.name")}</label>
        <FieldMessage id={`${fieldIds.name}-error`} message={errors.name} />
        <input
          id={fieldIds.name}
          autoComplete="off"
          value={draft.name}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={described("name")}
          onChange={(event) => set("name", event.target.value)}
        />
      </div>
      <div className={fieldClass("cpr")}>
        <label htmlFor={fieldIds.cpr}>{t("initiativeForm.cpr")}</label>
        <p id={`${fieldIds.cpr}-hint`} className="hint">
          {t("initiativeForm.cprHint")}
        </p>
        <FieldMessage id={`${fieldIds.cpr}-error`} message={errors.cpr} />
        <input
          id={fieldIds.cpr}
          inputMode="numeric"
          autoComplete="off"
          maxLength={11}
          value={draft.cpr}
          aria-invalid={errors.cpr ? true : undefined}
          aria-describedby={described("cpr", true)}
          onChange={(event) => set("cpr", event.target.value)}
        />
      </div>

      <h2>{t("initiativeForm.initiative")}</h2>
      <DateFields
        id={fieldIds.initiativeDate}
        legend={t("initiativeForm.date")}
        hint={t("initiativeForm.dateHint")}
        value={draft.initiativeDate}
        onChange={(value) => set("initiativeDate", value)}
        error={errors.initiativeDate}
      />
      <fieldset
        className={errors.categories ? "field-error" : undefined}
        aria-describedby="reasons-hint"
      >
        <legend>{t("initiativeForm.reasons")}</legend>
        <p id="reasons-hint" className="hint">
          {t("initiativeForm.reasonsHint")}
        </p>
        <FieldMessage id={`${fieldIds.categories}-error`} message={errors.categories} />
        {initiativeReasonCategories.map((category) => (
          <label key={category} className="choice" htmlFor={`reason-${category}`}>
            <input
              type="checkbox"
              id={`reason-${category}`}
              checked={draft.categories.includes(category)}
              aria-invalid={errors.categories ? true : undefined}
              onChange={(event) =>
                set(
                  "categories",
                  event.target.checked
                    ? [...draft.categories, category]
                    : draft.categories.filter((c) => c !== category),
                )
              }
            />
            {initiativeReasonLabels[category][language]}
          </label>
        ))}
      </fieldset>
      <div className={fieldClass("reasonText")}>
        <label htmlFor={fieldIds.reasonText}>{t("initiativeForm.reasonText")}</label>
        <p id={`${fieldIds.reasonText}-hint`} className="hint">
          {t("initiativeForm.reasonTextHint")}
        </p>
        <FieldMessage id={`${fieldIds.reasonText}-error`} message={errors.reasonText} />
        <textarea
          id={fieldIds.reasonText}
          rows={4}
          value={draft.reasonText}
          aria-invalid={errors.reasonText ? true : undefined}
          aria-describedby={described("reasonText", true)}
          onChange={(event) => set("reasonText", event.target.value)}
        />
      </div>

      <fieldset className={errors.stance ? "field-error" : undefined}>
        <legend>{t("initiativeForm.stance")}</legend>
        <FieldMessage id={`${fieldIds.stance}-error`} message={errors.stance} />
        {citizenStances.map((stance) => (
          <label key={stance} className="choice" htmlFor={`stance-${stance}`}>
            <input
              type="radio"
              name="stance"
              id={`stance-${stance}`}
              checked={draft.stance === stance}
              aria-invalid={errors.stance ? true : undefined}
              onChange={() => set("stance", stance)}
            />
            {t(`stance.${stance}`)}
          </label>
        ))}
        {draft.stance === "rejects_all_help" && (
          <p className="notice">{t("initiativeForm.r3Warning")}</p>
        )}
      </fieldset>
      <div className={fieldClass("stanceNote")}>
        <label htmlFor={fieldIds.stanceNote}>{t("initiativeForm.stanceNote")}</label>
        <FieldMessage id={`${fieldIds.stanceNote}-error`} message={errors.stanceNote} />
        <textarea
          id={fieldIds.stanceNote}
          rows={2}
          value={draft.stanceNote}
          aria-invalid={errors.stanceNote ? true : undefined}
          aria-describedby={described("stanceNote")}
          onChange={(event) => set("stanceNote", event.target.value)}
        />
      </div>
      <button type="submit">{t("initiativeForm.continue")}</button>
    </form>
  );
}
