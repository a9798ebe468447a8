import type { ComponentProps, ReactNode } from "react";
import { FieldMessage } from "../../components/error-summary";
import { TextField as SharedTextField } from "../../components/text-field";

/**
 * The staff app's text field (DKFDS: hint, message above the field), as administration uses
 * it: no browser autofill and no spelling checker unless a field asks for them — these are
 * names, codes and addresses of other people.
 */
export function TextField(props: ComponentProps<typeof SharedTextField>) {
  return <SharedTextField autoComplete="off" spellCheck={false} {...props} />;
}

/** A labelled select with its hint and error message above it. */
export function SelectField(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string;
  disabled?: boolean;
  children: ReactNode;
}) {
  const describedBy =
    [props.hint && `${props.id}-hint`, props.error && `${props.id}-error`]
      .filter(Boolean)
      .join(" ") || undefined;
  return (
    <div className={props.error ? "field field-error" : "field"}>
      <label htmlFor={props.id}>{props.label}</label>
      {props.hint && (
        <p id={`${props.id}-hint`} className="hint">
          {props.hint}
        </p>
      )}
      <FieldMessage id={`${props.id}-error`} message={props.error} />
      <select
        id={props.id}
        value={props.value}
        disabled={props.disabled}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => props.onChange(event.target.value)}
      >
        {props.children}
      </select>
    </div>
  );
}

/** Radio buttons in a fieldset, its error message above the choices. */
export function RadioGroup<T extends string>(props: {
  id: string;
  legend: string;
  hint?: string;
  options: ReadonlyArray<{ value: T; label: string }>;
  value: T | "";
  onChange: (value: T) => void;
  error?: string | undefined;
}) {
  return (
    <fieldset
      className={props.error ? "field-error" : undefined}
      aria-describedby={props.hint ? `${props.id}-hint` : undefined}
    >
      <legend>{props.legend}</legend>
      {props.hint && (
        <p id={`${props.id}-hint`} className="hint">
          {props.hint}
        </p>
      )}
      <FieldMessage id={`${props.id}-error`} message={props.error} />
      {props.options.map((option, index) => {
        // The error summary links to the first choice.
        const inputId = index === 0 ? props.id : `${props.id}-${option.value}`;
        return (
          <label key={option.value} className="choice" htmlFor={inputId}>
            <input
              type="radio"
              name={props.id}
              id={inputId}
              checked={props.value === option.value}
              aria-invalid={props.error ? true : undefined}
              onChange={() => props.onChange(option.value)}
            />
            {option.label}
          </label>
        );
      })}
    </fieldset>
  );
}
