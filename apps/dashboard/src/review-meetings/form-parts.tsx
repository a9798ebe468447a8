import { type FieldError, FieldMessage, ErrorSummary as SharedErrorSummary } from "@samstemt/ui";
import { useTranslation } from "react-i18next";

export { type FieldError, FieldMessage };

// The DKFDS form patterns (fejlopsummering, fejlmeddelelse from @samstemt/ui; datofelter here).

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

/** The shared DKFDS error summary, titled in the dashboard's words. */
export function ErrorSummary(props: { errors: FieldError[]; attempt: number }) {
  const { t } = useTranslation();
  return <SharedErrorSummary title={t("meetings.errorSummary")} {...props} />;
}

export function DateFields(props: {
  id: string;
  legend: string;
  value: DateParts;
  onChange: (value: DateParts) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const errorId = `${props.id}-error`;
  const part = (key: keyof DateParts, label: string, length: number) => (
    <div className={`field ${key}`}>
      <label htmlFor={key === "day" ? props.id : `${props.id}-${key}`}>{label}</label>
      <input
        id={key === "day" ? props.id : `${props.id}-${key}`}
        inputMode="numeric"
        autoComplete="off"
        maxLength={length}
        value={props.value[key]}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? errorId : undefined}
        onChange={(event) => props.onChange({ ...props.value, [key]: event.target.value })}
      />
    </div>
  );
  return (
    <fieldset className={props.error ? "field-error" : undefined}>
      <legend>{props.legend}</legend>
      <FieldMessage id={errorId} message={props.error} />
      <div className="date-fields">
        {part("day", t("meetings.day"), 2)}
        {part("month", t("meetings.month"), 2)}
        {part("year", t("meetings.year"), 4)}
      </div>
    </fieldset>
  );
}

/** Whether three fields make a real calendar date. */
export function isDate(parts: DateParts): boolean {
  const [day, month, year] = [parts.day, parts.month, parts.year].map((v) => Number(v.trim()));
  if (![day, month, year].every((n) => Number.isInteger(n))) return false;
  if ((year as number) < 2018 || (year as number) > 2100) return false;
  const date = new Date(Date.UTC(year as number, (month as number) - 1, day as number));
  return date.getUTCDate() === day && date.getUTCMonth() === (month as number) - 1;
}

/** "2026-10-08" → "8. okt. 2026" in the reader's language (a calendar day, no time zone). */
export function formatIsoDate(iso: string, language: string): string {
  const [year, month, day] = iso.split("-").map(Number);
  return new Intl.DateTimeFormat(language, {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(Date.UTC(year as number, (month as number) - 1, day as number)));
}
