import { useTRPC } from "@samstemt/ui";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { AboutRule } from "../../components/about-rule";
import { Confirm, StepError } from "../../components/confirm";
import { FieldMessage } from "../../components/error-summary";
import { useCaseCommands } from "./case-command";

/**
 * R5: the initiator's own leader endorses (with an optional note) or declines (with a
 * reason). Both are final, so each asks first; a decline without a reason is stopped here.
 */
export function DecideInitiative(props: { citizenName: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const commands = useCaseCommands();
  const [text, setText] = useState("");
  const [confirming, setConfirming] = useState<"endorse" | "decline" | null>(null);
  const [missingReason, setMissingReason] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const onError = (error: { message: string }) => {
    setConfirming(null);
    setFailure(commands.failed(error));
  };
  const endorse = useMutation(
    trpc.initiative.endorseInitiative.mutationOptions({
      onSuccess: (result) => commands.done(t("decide.endorsed"), result),
      onError,
    }),
  );
  const decline = useMutation(
    trpc.initiative.declineInitiative.mutationOptions({
      onSuccess: (result) => commands.done(t("decide.declined"), result),
      onError,
    }),
  );
  const target = { caseId: commands.caseId, expectedVersion: commands.version };
  const busy = endorse.isPending || decline.isPending;
  return (
    <section aria-labelledby="decide-title" className="panel">
      <h2 id="decide-title">{t("decide.title")}</h2>
      <p>{t("decide.intro")}</p>
      <AboutRule rule="R5" />
      <StepError message={failure} />
      <div className={missingReason ? "field field-error" : "field"}>
        <label htmlFor="decision-text">{t("decide.text")}</label>
        <p id="decision-text-hint" className="hint">
          {t("decide.textHint")}
        </p>
        <FieldMessage
          id="decision-text-error"
          message={missingReason ? t("decide.reasonRequired") : undefined}
        />
        <textarea
          id="decision-text"
          rows={3}
          value={text}
          aria-invalid={missingReason || undefined}
          aria-describedby={`decision-text-hint${missingReason ? " decision-text-error" : ""}`}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      {confirming ? (
        <Confirm
          question={t(
            confirming === "endorse" ? "decide.confirmEndorse" : "decide.confirmDecline",
            {
              name: props.citizenName,
            },
          )}
          confirmLabel={t(confirming === "endorse" ? "decide.yesEndorse" : "decide.yesDecline")}
          busy={busy}
          onCancel={() => setConfirming(null)}
          onConfirm={() => {
            setFailure(null);
            if (confirming === "endorse") {
              endorse.mutate({ ...target, payload: { note: text.trim() || null } });
            } else {
              decline.mutate({ ...target, payload: { reason: text.trim() } });
            }
          }}
        />
      ) : (
        <div className="actions">
          <button
            type="button"
            onClick={() => {
              setMissingReason(false);
              setConfirming("endorse");
            }}
          >
            {t("decide.endorse")}
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              if (!text.trim()) {
                setMissingReason(true);
                document.getElementById("decision-text")?.focus();
                return;
              }
              setMissingReason(false);
              setConfirming("decline");
            }}
          >
            {t("decide.decline")}
          </button>
        </div>
      )}
    </section>
  );
}
