import type { ReactNode } from "react";
import { FieldMessage } from "./error-summary";

/**
 * A DKFDS group of radio buttons (one choice) or checkboxes (several) under a legend, with
 * an optional hint and the message above the choices. Each choice has the id
 * `<name>-<value>`; the error summary links to the first one.
 */
export function ChoiceList<T extends string>(props: {
  type: "radio" | "checkbox";
  name: string;
  legend: string;
  hint?: string;
  error?: string | undefined;
  /** The message's id; `<name>-error` unless a page already names it otherwise. */
  errorId?: string;
  options: ReadonlyArray<{ value: T; label: ReactNode }>;
  chosen: readonly T[];
  onChange: (chosen: T[]) => void;
}) {
  const { name, chosen } = props;
  return (
    <fieldset className={props.error ? "field-error" : undefined}>
      <legend>{props.legend}</legend>
      {props.hint && (
        <p className="hint" id={`${name}-hint`}>
          {props.hint}
        </p>
      )}
      <FieldMessage id={props.errorId ?? `${name}-error`} message={props.error} />
      {props.options.map(({ value, label }) => (
        <label key={value} className="choice" htmlFor={`${name}-${value}`}>
          <input
            type={props.type}
            name={name}
            id={`${name}-${value}`}
            checked={chosen.includes(value)}
            onChange={(event) =>
              props.onChange(
                props.type === "radio"
                  ? [value]
                  : event.target.checked
                    ? [...chosen, value]
                    : chosen.filter((v) => v !== value),
              )
            }
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
