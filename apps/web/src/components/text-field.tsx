import { FieldMessage } from "./error-summary";

/**
 * One DKFDS text field: label, hint, the message above the field (never below), and the
 * field described by both, so a screen reader reads the hint and what is wrong. The message
 * has the id `<id>-error`, which the error summary's link leads to via the field's id.
 */
export function TextField(props: {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  /** A textarea of this many rows instead of a one-line input. */
  rows?: number;
  maxLength?: number;
  inputMode?: "numeric" | "url" | "email" | "tel" | "text";
  type?: "text" | "url" | "email" | "tel";
  autoComplete?: string;
  /** Off for names, codes and addresses, where a spelling checker only marks them red. */
  spellCheck?: boolean;
}) {
  const { id, error } = props;
  const describedBy =
    [props.hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") ||
    undefined;
  const shared = {
    id,
    value: props.value,
    maxLength: props.maxLength,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy,
  } as const;
  return (
    <div className={error ? "field field-error" : "field"}>
      <label htmlFor={id}>{props.label}</label>
      {props.hint && (
        <p id={`${id}-hint`} className="hint">
          {props.hint}
        </p>
      )}
      <FieldMessage id={`${id}-error`} message={error} />
      {props.rows ? (
        <textarea {...shared} rows={props.rows} onChange={(e) => props.onChange(e.target.value)} />
      ) : (
        <input
          {...shared}
          type={props.type}
          inputMode={props.inputMode}
          autoComplete={props.autoComplete}
          spellCheck={props.spellCheck}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
    </div>
  );
}
