import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";

export interface FieldError {
  /** The id of the field (or the first field of a group) the message belongs to. */
  fieldId: string;
  message: string;
}

/**
 * DKFDS *fejlopsummering*: above the page heading, titled with what went wrong, one link per
 * error with the field's own message; a link moves focus to its field. It takes focus when
 * it appears, so keyboard and screen-reader users meet it first. Each app names the summary
 * in its own words (`title`); both apps use this one component.
 */
export function ErrorSummary(props: { title: string; errors: FieldError[]; attempt: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (props.errors.length > 0) ref.current?.focus();
  }, [props.attempt]);
  if (props.errors.length === 0) return null;
  return (
    <div
      className="error-summary"
      role="alert"
      aria-labelledby="error-summary-title"
      tabIndex={-1}
      ref={ref}
    >
      <h2 id="error-summary-title">{props.title}</h2>
      <ul>
        {props.errors.map((error) => (
          <li key={`${error.fieldId}-${error.message}`}>
            <a
              href={`#${error.fieldId}`}
              onClick={(event) => {
                event.preventDefault();
                const field = document.getElementById(error.fieldId);
                field?.scrollIntoView({ block: "center" });
                field?.focus();
              }}
            >
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The message above a field (DKFDS *fejlmeddelelse*); screen readers hear "Fejl:" first. */
export function FieldMessage(props: { id: string; message: string | undefined }) {
  const { t } = useTranslation();
  if (!props.message) return null;
  return (
    <p id={props.id} className="error">
      <span className="visually-hidden">{t("fieldErrorPrefix")} </span>
      {props.message}
    </p>
  );
}
