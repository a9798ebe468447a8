import { type ClosingReason, closingReasons } from "@samstemt/domain";
import { useTRPC } from "@samstemt/ui";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Confirm, StepError } from "../../components/confirm";
import { ErrorSummary, type FieldError, FieldMessage } from "../../components/error-summary";
import { useFormat } from "../../components/format";
import { TextField } from "../../components/text-field";
import { useCaseCommands } from "./case-command";
import type { CaseView } from "./case-types";
import { ViewItemText } from "./view-item";

/**
 * Closing: a leader closes the case with a reason (and a note for "other"), after a
 * confirmation step naming the citizen and the reason. A closed case is read-only.
 */
export function CloseCase(props: { citizenName: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const commands = useCaseCommands();
  const [reason, setReason] = useState<ClosingReason | null>(null);
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [asking, setAsking] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const close = useMutation(
    trpc.closing.closeCase.mutationOptions({
      onSuccess: (result) => commands.done(t("closing.closed"), result),
      onError: (error) => {
        setAsking(false);
        setFailure(commands.failed(error));
      },
    }),
  );
  const error = (id: string) => errors.find((e) => e.fieldId === id)?.message;
  const firstReason = `close-reason-${closingReasons[0]}`;
  return (
    <section aria-labelledby="close-title" className="panel">
      <ErrorSummary errors={errors} attempt={attempt} />
      <h2 id="close-title">{t("closing.title")}</h2>
      <p>{t("closing.intro")}</p>
      <StepError message={failure} />
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const found: FieldError[] = [];
          if (!reason) found.push({ fieldId: firstReason, message: t("closing.reasonRequired") });
          if (reason === "other" && note.trim() === "") {
            found.push({ fieldId: "close-note", message: t("closing.noteRequired") });
          }
          setErrors(found);
          setAttempt((n) => n + 1);
          if (found.length === 0) setAsking(true);
        }}
      >
        <fieldset className={error(firstReason) ? "field-error" : undefined}>
          <legend>{t("closing.reasonLegend")}</legend>
          <FieldMessage id="close-reason-error" message={error(firstReason)} />
          {closingReasons.map((r) => (
            <label key={r} className="choice" htmlFor={`close-reason-${r}`}>
              <input
                type="radio"
                name="close-reason"
                id={`close-reason-${r}`}
                checked={reason === r}
                onChange={() => {
                  setReason(r);
                  setAsking(false);
                }}
              />
              {t(`closing.reasons.${r}`)}
            </label>
          ))}
        </fieldset>
        <TextField
          id="close-note"
          label={t("closing.note")}
          hint={t("closing.noteHint")}
          error={error("close-note")}
          rows={3}
          value={note}
          onChange={setNote}
        />
        {!asking && <button type="submit">{t("closing.submit")}</button>}
      </form>
      {asking && reason && (
        <Confirm
          question={t("closing.confirm", {
            name: props.citizenName,
            reason: t(`closing.reasons.${reason}`),
          })}
          confirmLabel={t("closing.yes")}
          busy={close.isPending}
          onCancel={() => setAsking(false)}
          onConfirm={() =>
            close.mutate({
              caseId: commands.caseId,
              expectedVersion: commands.version,
              payload: { reason, note: note.trim() || null },
            })
          }
        />
      )}
    </section>
  );
}

/** A closed case says so at the top: when, by whom, why (as far as consent reaches, R4). */
export function ClosedNotice({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!view.closure) return null;
  return (
    <section className="notice" aria-labelledby="closed-title">
      <h2 id="closed-title">{t("closing.closedTitle")}</h2>
      <p>
        {t("closing.closedText", {
          date: format.date(view.closure.closedAt),
          name: view.closure.closedBy.name ?? t("case.someone"),
        })}
      </p>
      <p className="typed-text">
        <ViewItemText item={view.closure.details}>
          {(details) =>
            `${t("closing.closedReason", { reason: t(`closing.reasons.${details.reason}`) })}${
              details.note ? ` – ${details.note}` : ""
            }`
          }
        </ViewItemText>
      </p>
    </section>
  );
}
