import type { DateParts } from "@samstemt/ui";
import { useTranslation } from "react-i18next";
import { FieldMessage } from "./error-summary";

/**
 * DKFDS *datofelter*: day, month and year as three labelled fields, no automatic jumping
 * between them; the error message above them. `id` is the day field's id (what an error
 * summary links to).
 */
export function DateFields(props: {
  id: string;
  legend: string;
  hint?: string;
  value: DateParts;
  onChange: (value: DateParts) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const errorId = `${props.id}-error`;
  const hintId = `${props.id}-hint`;
  const describedBy = [props.hint ? hintId : null, props.error ? errorId : null]
    .filter(Boolean)
    .join(" ");
  const part = (key: keyof DateParts, label: string, length: number, className: string) => (
    <div className={`field ${className}`}>
      <label htmlFor={key === "day" ? props.id : `${props.id}-${key}`}>{label}</label>
      <input
        id={key === "day" ? props.id : `${props.id}-${key}`}
        inputMode="numeric"
        autoComplete="off"
        maxLength={length}
        value={props.value[key]}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(event) => props.onChange({ ...props.value, [key]: event.target.value })}
      />
    </div>
  );
  return (
    <fieldset className={props.error ? "field-error" : undefined}>
      <legend>{props.legend}</legend>
      {props.hint && (
        <p id={hintId} className="hint">
          {props.hint}
        </p>
      )}
      <FieldMessage id={errorId} message={props.error} />
      <div className="date-fields">
        {part("day", t("form.day"), 2, "day")}
        {part("month", t("form.month"), 2, "month")}
        {part("year", t("form.year"), 4, "year")}
      </div>
    </fieldset>
  );
}
