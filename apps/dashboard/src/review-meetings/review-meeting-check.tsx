import type { ReactNode, RefObject } from "react";
import { useTranslation } from "react-i18next";

export interface CheckRow {
  /** The field "Ret" takes the leader back to (its id in the form). */
  fieldId: string;
  label: string;
  value: ReactNode;
}

/**
 * DKFDS "check your answers" for a leader meeting (R12): what will be saved, part by part,
 * each with a "Ret" button back to its field; then "Gem ledermødet".
 */
export function ReviewMeetingCheck(props: {
  rows: CheckRow[];
  headingRef: RefObject<HTMLHeadingElement | null>;
  busy: boolean;
  error: ReactNode;
  onEdit: (fieldId: string) => void;
  onSave: () => void;
}) {
  const { t } = useTranslation();
  return (
    <section className="review-meeting-check" aria-labelledby="check-heading">
      <h2 id="check-heading" ref={props.headingRef} tabIndex={-1}>
        {t("meetings.checkHeading")}
      </h2>
      <p className="muted">{t("meetings.checkIntro")}</p>
      {props.error}
      <dl className="summary-list" data-testid="meeting-check">
        {props.rows.map((row) => (
          <div key={row.label}>
            <dt>{row.label}</dt>
            <dd>{row.value}</dd>
            <dd>
              <button type="button" className="link" onClick={() => props.onEdit(row.fieldId)}>
                {t("meetings.edit")}
                <span className="visually-hidden"> {row.label.toLocaleLowerCase()}</span>
              </button>
            </dd>
          </div>
        ))}
      </dl>
      <div className="actions">
        <button
          type="button"
          disabled={props.busy}
          aria-busy={props.busy || undefined}
          onClick={props.onSave}
        >
          {t("meetings.save")}
        </button>
      </div>
    </section>
  );
}
