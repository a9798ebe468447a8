import { errorMessage, useTRPC } from "@samstemt/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorSummary, type FieldError } from "../../components/error-summary";
import { TextField } from "../../components/text-field";

const FIELD = "register-name";

/**
 * R5: the leader checks one registration's CPR number against the CPR register and writes
 * the name the register gives. The answer is the same whatever Samstemt knew about the
 * number; a number that names somebody else is the leader's to see in the register, and the
 * initiative is then declined on the case page, so it can be registered again.
 */
export function ConfirmIdentityForm(props: {
  check: { caseId: string; cpr: string; name: string };
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [name, setName] = useState("");
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  // The form opens below the list: it takes focus so a keyboard user lands in it.
  useEffect(() => heading.current?.focus(), []);
  const fail = (message: string) => {
    setErrors([{ fieldId: FIELD, message }]);
    setAttempt((n) => n + 1);
  };
  const confirm = useMutation(
    trpc.initiative.confirmCitizenIdentity.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries({ queryKey: trpc.initiative.identityChecks.queryKey() });
        props.onDone(t("identityConfirm.confirmed", { name: props.check.name }));
      },
      onError: (error) => fail(errorMessage(error, i18n.language)),
    }),
  );
  const title = t("identityConfirm.confirmTitle", { name: props.check.name });
  return (
    <section className="panel" aria-labelledby="confirm-identity-title">
      <ErrorSummary errors={errors} attempt={attempt} />
      <h2 id="confirm-identity-title" ref={heading} tabIndex={-1}>
        {title}
      </h2>
      <dl className="summary-list pairs">
        <dt>{t("identityChecks.cpr")}</dt>
        <dd>{props.check.cpr}</dd>
        <dt>{t("identityChecks.name")}</dt>
        <dd>{props.check.name}</dd>
      </dl>
      <p>{t("identityConfirm.confirmIntro")}</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!name.trim()) return fail(t("identityConfirm.errors.registerName"));
          setErrors([]);
          confirm.mutate({ caseId: props.check.caseId, registerName: name });
        }}
      >
        <TextField
          id={FIELD}
          label={t("identityConfirm.registerName")}
          hint={t("identityConfirm.registerNameHint")}
          error={errors.find((e) => e.fieldId === FIELD)?.message}
          autoComplete="off"
          maxLength={200}
          value={name}
          onChange={setName}
        />
        <p>
          <Link to="/sager/$caseId" params={{ caseId: props.check.caseId }}>
            {t("identityConfirm.declineOnCase", { name: props.check.name })}
          </Link>
        </p>
        <div className="actions">
          <button
            type="submit"
            disabled={confirm.isPending}
            aria-busy={confirm.isPending || undefined}
          >
            {t("identityConfirm.confirm")}
          </button>
          <button type="button" className="secondary" onClick={props.onCancel}>
            {t("form.cancel")}
          </button>
        </div>
      </form>
    </section>
  );
}
