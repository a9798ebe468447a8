import { useTRPC } from "@samstemt/ui";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Confirm, StepError } from "../../components/confirm";
import { TextField } from "../../components/text-field";
import { useCaseCommands } from "./case-command";

/**
 * R4: corrects a consent registered by mistake, with the reason — kept with the case's
 * history. Not a withdrawal: that is the citizen taking back a consent they gave, and is
 * recorded as such beside it.
 */
export function CorrectConsent(props: { consentId: string; givenAt: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const commands = useCaseCommands();
  const [open, setOpen] = useState(false);
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | undefined>(undefined);
  const [failure, setFailure] = useState<string | null>(null);
  const correct = useMutation(
    trpc.consent.correctConsentRegistration.mutationOptions({
      onSuccess: (result) => commands.done(t("consent.correction.done"), result),
      onError: (error) => {
        setAsking(false);
        setFailure(commands.failed(error));
      },
    }),
  );
  const fieldId = `correct-${props.consentId}`;
  if (!open) {
    return (
      <button
        type="button"
        className="secondary"
        aria-label={t("consent.correction.openLabel", { date: props.givenAt })}
        onClick={() => setOpen(true)}
      >
        {t("consent.correction.open")}
      </button>
    );
  }
  return (
    <div className="panel">
      <h4>{t("consent.correction.title")}</h4>
      <p>{t("consent.correction.intro")}</p>
      <StepError message={failure} />
      <TextField
        id={fieldId}
        label={t("consent.correction.reason")}
        hint={t("consent.correction.reasonHint")}
        error={reasonError}
        rows={3}
        value={reason}
        onChange={setReason}
      />
      {asking ? (
        <Confirm
          question={t("consent.correction.confirm", { date: props.givenAt })}
          confirmLabel={t("consent.correction.yes")}
          busy={correct.isPending}
          onCancel={() => setAsking(false)}
          onConfirm={() =>
            correct.mutate({
              caseId: commands.caseId,
              expectedVersion: commands.version,
              payload: { consentId: props.consentId, reason: reason.trim() },
            })
          }
        />
      ) : (
        <div className="actions">
          <button
            type="button"
            onClick={() => {
              const missing = reason.trim() === "";
              setReasonError(missing ? t("consent.correction.reasonMissing") : undefined);
              if (missing) document.getElementById(fieldId)?.focus();
              else setAsking(true);
            }}
          >
            {t("consent.correction.submit")}
          </button>
          <button type="button" className="secondary" onClick={() => setOpen(false)}>
            {t("form.cancel")}
          </button>
        </div>
      )}
    </div>
  );
}
