import { errorMessage, useTRPC } from "@samstemt/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { quarterName } from "../quarter-review/format";
import { ErrorSummary, type FieldError, FieldMessage } from "../review-meetings/form-parts";
import { recentQuarters } from "./quarters";

/** Three years of quarters to choose from; the export itself allows any. */
const QUARTERS_OFFERED = 12;

const fieldIds = {
  fromQuarter: "export-from",
  toQuarter: "export-to",
  organisations: "export-organisations",
} as const;

/**
 * The analyst's order: a period of quarters and, if wanted, the organisations whose
 * cases to include — what `exports.request` takes. DKFDS: the error summary above the heading
 * links to each field; each field's message stands above it.
 */
export function ExportForm() {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const organisations = useQuery(trpc.directory.organisations.queryOptions());
  const [quarters] = useState(() => recentQuarters(new Date(), QUARTERS_OFFERED));
  const [fromQuarter, setFromQuarter] = useState(quarters[3] ?? "");
  const [toQuarter, setToQuarter] = useState(quarters[0] ?? "");
  const [organisationIds, setOrganisationIds] = useState<string[]>([]);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [ordered, setOrdered] = useState(false);

  const request = useMutation(
    trpc.exports.request.mutationOptions({
      onSuccess: async () => {
        setOrdered(true);
        await queryClient.invalidateQueries({ queryKey: trpc.exports.mine.queryKey() });
      },
      onError: (error) => {
        // The server's own words (zod or an unknown organisation), linked to the field it names.
        const path = (error.data as { zodError?: { fieldErrors?: Record<string, unknown> } })
          ?.zodError?.fieldErrors;
        const field = path && "fromQuarter" in path ? "fromQuarter" : "toQuarter";
        const isOrganisation = /organisation/i.test(error.message);
        setErrors([
          {
            fieldId: isOrganisation ? fieldIds.organisations : fieldIds[field],
            message: errorMessage(error, i18n.language),
          },
        ]);
        setAttempt((n) => n + 1);
      },
    }),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setOrdered(false);
    const found: FieldError[] = [];
    if (fromQuarter > toQuarter) {
      found.push({ fieldId: fieldIds.toQuarter, message: t("exports.errors.order") });
    }
    setErrors(found);
    setAttempt((n) => n + 1);
    if (found.length === 0) request.mutate({ fromQuarter, toQuarter, organisationIds });
  };

  const errorFor = (fieldId: string) => errors.find((e) => e.fieldId === fieldId)?.message;
  const quarterField = (
    key: "fromQuarter" | "toQuarter",
    value: string,
    set: (v: string) => void,
  ) => {
    const id = fieldIds[key];
    const error = errorFor(id);
    return (
      <div className={`field${error ? " field-error" : ""}`}>
        <label htmlFor={id}>{t(`exports.${key}`)}</label>
        <FieldMessage id={`${id}-error`} message={error} />
        <select
          id={id}
          value={value}
          onChange={(event) => set(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        >
          {quarters.map((quarter) => (
            <option key={quarter} value={quarter}>
              {quarterName(quarter, i18n.language)}
            </option>
          ))}
        </select>
      </div>
    );
  };
  const organisationError = errorFor(fieldIds.organisations);

  return (
    <>
      <ErrorSummary errors={errors} attempt={attempt} />
      <h1>{t("exports.title")}</h1>
      <p>{t("exports.intro")}</p>
      <form className="card export-form" onSubmit={submit} noValidate>
        <h2>{t("exports.orderHeading")}</h2>
        <fieldset>
          <legend>{t("exports.period")}</legend>
          <div className="controls">
            {quarterField("fromQuarter", fromQuarter, setFromQuarter)}
            {quarterField("toQuarter", toQuarter, setToQuarter)}
          </div>
        </fieldset>
        <fieldset
          className={organisationError ? "field-error" : undefined}
          aria-describedby="export-organisations-hint"
        >
          <legend>{t("exports.organisations")}</legend>
          <p className="hint" id="export-organisations-hint">
            {t("exports.organisationsHint")}
          </p>
          <FieldMessage id={`${fieldIds.organisations}-error`} message={organisationError} />
          {organisations.isPending ? (
            <p>{t("loading")}</p>
          ) : organisations.isError ? (
            <p role="alert">{t("exports.organisationsFailed")}</p>
          ) : (
            organisations.data.map((organisation, i) => {
              const id = i === 0 ? fieldIds.organisations : `${fieldIds.organisations}-${i}`;
              return (
                <label key={organisation.organisationId} className="choice" htmlFor={id}>
                  <input
                    id={id}
                    type="checkbox"
                    checked={organisationIds.includes(organisation.organisationId)}
                    onChange={(event) =>
                      setOrganisationIds((ids) =>
                        event.target.checked
                          ? [...ids, organisation.organisationId]
                          : ids.filter((x) => x !== organisation.organisationId),
                      )
                    }
                  />
                  {organisation.name}
                </label>
              );
            })
          )}
        </fieldset>
        <button type="submit" disabled={request.isPending}>
          {t("exports.submit")}
        </button>
        <p aria-live="polite" className="hint">
          {ordered ? t("exports.ordered") : ""}
        </p>
      </form>
    </>
  );
}
