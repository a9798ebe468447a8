import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";

/**
 * A question before a step that cannot be undone, naming what will happen ("Afvis
 * initiativet for Jannie Krog?"). It takes focus when it appears; "Fortryd" returns.
 */
export function Confirm(props: {
  question: string;
  confirmLabel: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="notice">
      <p ref={ref} tabIndex={-1}>
        <strong>{props.question}</strong> {t("confirm.cannotUndo")}
      </p>
      <div className="actions">
        <button
          type="button"
          disabled={props.busy}
          aria-busy={props.busy || undefined}
          onClick={props.onConfirm}
        >
          {props.confirmLabel}
        </button>
        <button type="button" className="secondary" onClick={props.onCancel}>
          {t("form.cancel")}
        </button>
      </div>
    </div>
  );
}

/** A failed step, said where the user is. */
export function StepError(props: { message: string | null }) {
  if (!props.message) return null;
  return (
    <p role="alert" className="error">
      {props.message}
    </p>
  );
}
