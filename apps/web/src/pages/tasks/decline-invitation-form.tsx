import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";

/**
 * R6: saying no to an invitation takes a reason that the people working on the case can
 * read. It is asked for in place; an empty one is refused here before anything is sent
 * (the domain refuses it too).
 */
export function DeclineInvitationForm(props: {
  busy: boolean;
  onDecline: (reason: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setMissing(true);
      return;
    }
    props.onDecline(reason.trim());
  };
  return (
    <form onSubmit={submit} noValidate>
      <label htmlFor={`${id}-reason`}>{t("invitations.reason")}</label>
      <textarea
        id={`${id}-reason`}
        // The form opens because the user asked to decline: the reason is what comes next.
        // biome-ignore lint/a11y/noAutofocus: focus follows the user's own action
        autoFocus
        rows={3}
        maxLength={10_000}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        aria-invalid={missing || undefined}
        aria-describedby={missing ? `${id}-error` : undefined}
      />
      {missing && (
        <p id={`${id}-error`} className="error" role="alert">
          {t("invitations.reasonRequired")}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={props.busy}>
          {t("invitations.confirmDecline")}
        </button>
        <button type="button" className="secondary" onClick={props.onCancel}>
          {t("invitations.cancel")}
        </button>
      </div>
    </form>
  );
}
