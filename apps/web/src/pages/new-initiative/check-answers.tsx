import { exclusionAlternativeLabels, initiativeReasonLabels } from "@samstemt/domain/labels";
import { useTranslation } from "react-i18next";
import type { DraftField, InitiativeDraft } from "./initiative-draft";

/**
 * DKFDS/GOV.UK "check your answers": what was typed, part by part, each with a "Ret" link
 * back to its field. R3 is said here, before saving: a citizen who rejects all help cannot
 * be in the model, the case is kept as excluded, and the alternatives are named.
 */
export function CheckAnswers(props: {
  draft: InitiativeDraft;
  busy: boolean;
  onEdit: (field: DraftField) => void;
  onConfirm: () => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === "en" ? "en" : "da";
  const { draft } = props;
  const { day, month, year } = draft.initiativeDate;
  const rows: Array<{ field: DraftField; label: string; value: string }> = [
    { field: "name", label: t("initiativeForm.name"), value: draft.name.trim() },
    { field: "cpr", label: t("initiativeForm.cpr"), value: draft.cpr.trim() },
    { field: "initiativeDate", label: t("initiativeForm.date"), value: `${day}.${month}.${year}` },
    {
      field: "categories",
      label: t("initiativeForm.reasons"),
      value:
        draft.categories.map((c) => initiativeReasonLabels[c][language]).join(", ") ||
        t("initiativeForm.none"),
    },
    {
      field: "reasonText",
      label: t("initiativeForm.reasonText"),
      value: draft.reasonText.trim() || t("initiativeForm.none"),
    },
    {
      field: "stance",
      label: t("initiativeForm.stance"),
      value: draft.stance ? t(`stance.${draft.stance}`) : "",
    },
    {
      field: "stanceNote",
      label: t("initiativeForm.stanceNote"),
      value: draft.stanceNote.trim() || t("initiativeForm.none"),
    },
  ];
  const excluded = draft.stance === "rejects_all_help";
  return (
    <>
      <dl className="summary-list">
        {rows.map((row) => (
          <div key={row.field}>
            <dt>{row.label}</dt>
            <dd style={{ whiteSpace: "pre-line" }}>{row.value}</dd>
            <dd>
              <button type="button" className="link" onClick={() => props.onEdit(row.field)}>
                {t("initiativeForm.edit")}
                <span className="visually-hidden"> {row.label.toLocaleLowerCase()}</span>
              </button>
            </dd>
          </div>
        ))}
      </dl>
      {excluded ? (
        <section className="notice" aria-labelledby="r3-title">
          <h2 id="r3-title">{t("case.excludedTitle")}</h2>
          <p>{t("initiativeForm.r3Text")}</p>
          <ul>
            {(["psp_cooperation", "coordination_plan_psychiatry_act_13b"] as const).map((a) => (
              <li key={a}>{exclusionAlternativeLabels[a][language]}</li>
            ))}
          </ul>
        </section>
      ) : (
        <p>{t("initiativeForm.whatHappens")}</p>
      )}
      <button
        type="button"
        disabled={props.busy}
        aria-busy={props.busy || undefined}
        onClick={props.onConfirm}
      >
        {excluded ? t("initiativeForm.saveExcluded") : t("initiativeForm.save")}
      </button>
    </>
  );
}
