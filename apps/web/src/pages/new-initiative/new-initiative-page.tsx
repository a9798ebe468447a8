import { errorCode, errorMessage, todayParts, useTRPC } from "@samstemt/ui";
import { useMutation } from "@tanstack/react-query";
import { useNavigate, useSearch } from "@tanstack/react-router";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorSummary, type FieldError } from "../../components/error-summary";
import { flash } from "../../components/flash";
import { PageHeading } from "../../layout/page-heading";
import { CheckAnswers } from "./check-answers";
import {
  checkDraft,
  type DraftField,
  fieldIds,
  fieldOfPath,
  type InitiativeDraft,
} from "./initiative-draft";
import { InitiativeForm } from "./initiative-form";

const emptyDraft = (): InitiativeDraft => ({
  name: "",
  cpr: "",
  initiativeDate: todayParts(),
  categories: [],
  reasonText: "",
  stance: "",
  stanceNote: "",
});

const fieldOfId = (id: string) =>
  (Object.keys(fieldIds) as DraftField[]).find((field) => fieldIds[field] === id);

/**
 * `/ny`: R1, R2, R5 — any staff member registers an initiative: the citizen, when, why and
 * the citizen's stance; then checks the answers (`/ny?trin=kontrol`) and saves. The case
 * goes to the initiator's own leader; R3 excludes it at once if the citizen rejects all help.
 */
export function NewInitiativePage() {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const { trin } = useSearch({ from: "/ny" });
  const [draft, setDraft] = useState<InitiativeDraft>(emptyDraft);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [focusField, setFocusField] = useState<string | null>(null);
  const checking =
    trin === "kontrol" && errors.length === 0 && checkDraft(draft, t, new Date()).input;

  useEffect(() => {
    if (focusField && !checking) {
      document.getElementById(focusField)?.focus();
      setFocusField(null);
    }
  }, [focusField, checking]);

  const showErrors = (found: FieldError[]) => {
    setErrors(found);
    setAttempt((n) => n + 1);
    if (trin) void navigate({ to: "/ny", search: {} });
  };
  const register = useMutation(
    trpc.initiative.registerInitiative.mutationOptions({
      onSuccess: (result) => {
        flash.set(
          t(result.status === "excluded" ? "initiativeForm.savedExcluded" : "initiativeForm.saved"),
        );
        void navigate({ to: "/sager/$caseId", params: { caseId: result.caseId } });
      },
      onError: (error) => {
        const data = (
          error as { data?: { zodIssues?: { path: PropertyKey[]; message: string }[] | null } }
        ).data;
        const domainCode = (error as { data?: { domainError?: { code?: string } | null } }).data
          ?.domainError?.code;
        const message = errorMessage(error, i18n.language);
        const found: FieldError[] =
          data?.zodIssues?.map((issue) => ({
            fieldId: fieldIds[fieldOfPath(issue.path) ?? "name"],
            message: issue.message,
          })) ?? [];
        if (found.length === 0) {
          const field: DraftField =
            domainCode?.startsWith("INITIATIVE_") === true
              ? "initiativeDate"
              : errorCode(error) === "BAD_REQUEST" || errorCode(error) === "CONFLICT"
                ? "cpr"
                : "name";
          found.push({ fieldId: fieldIds[field], message });
        }
        showErrors(found);
      },
    }),
  );

  const title = checking ? t("initiativeForm.checkTitle") : t("initiativeForm.title");
  const errorsByField: Partial<Record<DraftField, string>> = {};
  for (const error of errors) {
    const field = fieldOfId(error.fieldId);
    if (field && !errorsByField[field]) errorsByField[field] = error.message;
  }

  return (
    <>
      {!checking && <ErrorSummary errors={errors} attempt={attempt} />}
      <PageHeading key={title} title={title}>
        {title}
      </PageHeading>
      {checking ? (
        <CheckAnswers
          draft={draft}
          busy={register.isPending}
          onEdit={(field) => {
            setFocusField(fieldIds[field]);
            void navigate({ to: "/ny", search: {} });
          }}
          onConfirm={() => {
            const checked = checkDraft(draft, t, new Date());
            if (checked.input) register.mutate(checked.input);
            else showErrors(checked.errors);
          }}
        />
      ) : (
        <>
          <p>{t("initiativeForm.intro")}</p>
          <InitiativeForm
            draft={draft}
            onChange={setDraft}
            errors={errorsByField}
            onSubmit={() => {
              const checked = checkDraft(draft, t, new Date());
              if (checked.errors.length > 0) {
                showErrors(checked.errors);
                return;
              }
              setErrors([]);
              void navigate({ to: "/ny", search: { trin: "kontrol" } });
            }}
          />
        </>
      )}
    </>
  );
}
