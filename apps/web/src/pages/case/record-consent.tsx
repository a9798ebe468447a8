import { oneYearAfter } from "@samstemt/domain";
import { civilDate, type DateParts, danishInstant, todayParts, useTRPC } from "@samstemt/ui";
import { useMutation } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { StepError } from "../../components/confirm";
import { DateFields } from "../../components/date-fields";
import { ErrorSummary, type FieldError, FieldMessage } from "../../components/error-summary";
import { useFormat } from "../../components/format";
import { TextField } from "../../components/text-field";
import { useCaseCommands } from "./case-command";
import { useOrganisations } from "./use-organisation-names";

interface ConsentDraft {
  giver: "citizen" | "representative";
  repName: string;
  repRelation: string;
  method: "oral" | "written";
  purpose: "treatment" | "other";
  /** R4: which organisations the citizen named — none until someone chooses them. */
  chosen: string[];
  givenAt: DateParts;
  expiresAt: DateParts;
  note: string;
}

const emptyDate: DateParts = { day: "", month: "", year: "" };
const freshDraft = (): ConsentDraft => ({
  giver: "citizen",
  repName: "",
  repRelation: "",
  method: "oral",
  purpose: "treatment",
  chosen: [],
  givenAt: todayParts(),
  expiresAt: emptyDate,
  note: "",
});
const endOfDay = (day: { year: number; month: number; day: number }) =>
  new Date(danishInstant(day, 23, 59).getTime() + 59_999);

/** The parts of the form the check-your-answers step can lead back to (the field to focus). */
type Part = "giver" | "method" | "purpose" | "orgs" | "given" | "expires" | "note";

/**
 * R4: records the citizen's consent — who gave it, how, for what, for which organisations
 * and until when. Nothing is pre-selected: the organisations are the citizen's choice, not
 * "everyone on the case". Before anything is saved, a check-your-answers step (DKFDS) says
 * it all back in words, with "Ret" back to each part.
 */
export function RecordConsent(props: { organisationIds: string[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const trpc = useTRPC();
  const commands = useCaseCommands();
  const organisations = useOrganisations();
  const [draft, setDraft] = useState<ConsentDraft>(freshDraft);
  const [checking, setChecking] = useState(false);
  const [focusPart, setFocusPart] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const checkHeading = useRef<HTMLHeadingElement>(null);
  const set = <Key extends keyof ConsentDraft>(key: Key, value: ConsentDraft[Key]) =>
    setDraft((now) => ({ ...now, [key]: value }));
  const record = useMutation(
    trpc.consent.recordConsent.mutationOptions({
      onSuccess: (result) => {
        setDraft(freshDraft());
        setChecking(false);
        commands.done(t("consent.recorded"), result);
      },
      onError: (error) => setFailure(commands.failed(error)),
    }),
  );
  const firstOrg = `consent-org-${props.organisationIds[0] ?? ""}`;
  const partField: Record<Part, string> = {
    giver: draft.giver === "citizen" ? "consent-giver-citizen" : "consent-rep-name",
    method: "consent-method-oral",
    purpose: "consent-purpose-treatment",
    orgs: firstOrg,
    given: "consent-given",
    expires: "consent-expires",
    note: "consent-note",
  };
  useEffect(() => {
    if (checking) checkHeading.current?.focus();
    else if (focusPart) document.getElementById(focusPart)?.focus();
  }, [checking, focusPart]);

  const given = civilDate(draft.givenAt);
  const givenInstant = given ? danishInstant(given, 0, 0) : null;
  const hasExpiry = Object.values(draft.expiresAt).some((part) => part.trim() !== "");
  const expiry = hasExpiry ? civilDate(draft.expiresAt) : null;
  const expiryInstant = expiry ? endOfDay(expiry) : null;

  const check = (): FieldError[] => {
    const found: FieldError[] = [];
    if (draft.giver === "representative" && draft.repName.trim() === "") {
      found.push({ fieldId: "consent-rep-name", message: t("consent.errors.repName") });
    }
    if (draft.purpose === "other" && draft.method !== "written") {
      found.push({ fieldId: "consent-method-oral", message: t("consent.errors.written") });
    }
    if (draft.chosen.length < 2) {
      found.push({ fieldId: firstOrg, message: t("consent.errors.orgs") });
    }
    if (!givenInstant) {
      found.push({ fieldId: "consent-given", message: t("consent.errors.givenAt") });
    } else if (givenInstant.getTime() > Date.now()) {
      found.push({ fieldId: "consent-given", message: t("consent.errors.givenFuture") });
    }
    if (
      hasExpiry &&
      (!expiryInstant || (givenInstant && expiryInstant.getTime() <= givenInstant.getTime()))
    ) {
      found.push({ fieldId: "consent-expires", message: t("consent.errors.expires") });
    }
    return found;
  };
  const error = (id: string) => errors.find((e) => e.fieldId === id)?.message;

  const save = () => {
    if (!givenInstant) return;
    setFailure(null);
    record.mutate({
      caseId: commands.caseId,
      expectedVersion: commands.version,
      payload: {
        consentId: crypto.randomUUID(),
        givenBy:
          draft.giver === "citizen"
            ? { kind: "citizen" }
            : {
                kind: "representative",
                name: draft.repName.trim(),
                relation: draft.repRelation.trim() || null,
              },
        method: draft.method,
        purpose: draft.purpose,
        // Listed in the case's order, whatever order they were ticked in.
        organisationIds: props.organisationIds.filter((id) => draft.chosen.includes(id)),
        givenAt: givenInstant,
        expiresAt: expiryInstant,
        note: draft.note.trim() || null,
      },
    });
  };

  if (checking && givenInstant) {
    // R4: a consent for other purposes without an expiry is given one, a year on (the domain's rule).
    const until = expiryInstant
      ? format.date(expiryInstant)
      : draft.purpose === "other"
        ? t("consent.check.oneYear", { date: format.date(oneYearAfter(givenInstant)) })
        : t("consent.noExpiry");
    const rows: Array<{ part: Part; label: string; value: string }> = [
      {
        part: "giver",
        label: t("consent.givenBy"),
        value:
          draft.giver === "citizen"
            ? t("consent.citizen")
            : draft.repRelation.trim()
              ? t("consent.representative", {
                  name: draft.repName.trim(),
                  relation: draft.repRelation.trim(),
                })
              : draft.repName.trim(),
      },
      { part: "method", label: t("consent.method"), value: t(`consent.methods.${draft.method}`) },
      {
        part: "purpose",
        label: t("consent.purpose"),
        value: t(`consent.purposes.${draft.purpose}`),
      },
      {
        part: "orgs",
        label: t("consent.covers"),
        value: props.organisationIds
          .filter((id) => draft.chosen.includes(id))
          .map(organisations.name)
          .join("\n"),
      },
      { part: "given", label: t("consent.given"), value: format.date(givenInstant) },
      { part: "expires", label: t("consent.check.until"), value: until },
      {
        part: "note",
        label: t("consent.note"),
        value: draft.note.trim() || t("consent.check.none"),
      },
    ];
    return (
      <section aria-labelledby="check-consent-title" className="panel">
        <h3 id="check-consent-title" ref={checkHeading} tabIndex={-1}>
          {t("consent.check.title")}
        </h3>
        <p>{t("consent.check.intro")}</p>
        <StepError message={failure} />
        <dl className="summary-list">
          {rows.map((row) => (
            <div key={row.part}>
              <dt>{row.label}</dt>
              <dd className="typed-text">{row.value}</dd>
              <dd>
                <button
                  type="button"
                  className="link"
                  onClick={() => {
                    setChecking(false);
                    setFocusPart(partField[row.part]);
                  }}
                >
                  {t("consent.check.edit")}
                  <span className="visually-hidden"> {row.label.toLocaleLowerCase()}</span>
                </button>
              </dd>
            </div>
          ))}
        </dl>
        <button
          type="button"
          disabled={record.isPending}
          aria-busy={record.isPending || undefined}
          onClick={save}
        >
          {t("consent.record")}
        </button>
      </section>
    );
  }

  return (
    <section aria-labelledby="record-consent-title" className="panel">
      <ErrorSummary errors={errors} attempt={attempt} />
      <h3 id="record-consent-title">{t("consent.recordTitle")}</h3>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const found = check();
          setErrors(found);
          setAttempt((n) => n + 1);
          if (found.length > 0) return;
          setFailure(null);
          setFocusPart(null);
          setChecking(true);
        }}
      >
        <fieldset>
          <legend>{t("consent.whoGave")}</legend>
          {(["citizen", "representative"] as const).map((kind) => (
            <label key={kind} className="choice" htmlFor={`consent-giver-${kind}`}>
              <input
                type="radio"
                name="consent-giver"
                id={`consent-giver-${kind}`}
                checked={draft.giver === kind}
                onChange={() => set("giver", kind)}
              />
              {t(kind === "citizen" ? "consent.byCitizen" : "consent.byRepresentative")}
            </label>
          ))}
        </fieldset>
        {draft.giver === "representative" && (
          <>
            <div className={error("consent-rep-name") ? "field field-error" : "field"}>
              <label htmlFor="consent-rep-name">{t("consent.repName")}</label>
              <FieldMessage id="consent-rep-name-error" message={error("consent-rep-name")} />
              <input
                id="consent-rep-name"
                value={draft.repName}
                autoComplete="off"
                aria-invalid={error("consent-rep-name") ? true : undefined}
                aria-describedby={error("consent-rep-name") ? "consent-rep-name-error" : undefined}
                onChange={(event) => set("repName", event.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor="consent-rep-relation">{t("consent.repRelation")}</label>
              <input
                id="consent-rep-relation"
                value={draft.repRelation}
                autoComplete="off"
                onChange={(event) => set("repRelation", event.target.value)}
              />
            </div>
          </>
        )}
        <fieldset className={error("consent-method-oral") ? "field-error" : undefined}>
          <legend>{t("consent.howGiven")}</legend>
          <FieldMessage id="consent-method-error" message={error("consent-method-oral")} />
          {(["oral", "written"] as const).map((m) => (
            <label key={m} className="choice" htmlFor={`consent-method-${m}`}>
              <input
                type="radio"
                name="consent-method"
                id={`consent-method-${m}`}
                checked={draft.method === m}
                onChange={() => set("method", m)}
              />
              {t(`consent.methods.${m}`)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t("consent.purposeLegend")}</legend>
          {(["treatment", "other"] as const).map((p) => (
            <label key={p} className="choice" htmlFor={`consent-purpose-${p}`}>
              <input
                type="radio"
                name="consent-purpose"
                id={`consent-purpose-${p}`}
                checked={draft.purpose === p}
                onChange={() => set("purpose", p)}
              />
              {t(`consent.purposes.${p}`)}
            </label>
          ))}
        </fieldset>
        <fieldset className={error(firstOrg) ? "field-error" : undefined}>
          <legend>{t("consent.orgsLegend")}</legend>
          <p className="hint" id="consent-orgs-hint">
            {t("consent.orgsHint")}
          </p>
          <FieldMessage id="consent-orgs-error" message={error(firstOrg)} />
          {props.organisationIds.map((id) => (
            <label key={id} className="choice" htmlFor={`consent-org-${id}`}>
              <input
                type="checkbox"
                id={`consent-org-${id}`}
                checked={draft.chosen.includes(id)}
                onChange={(event) =>
                  set(
                    "chosen",
                    event.target.checked
                      ? [...draft.chosen, id]
                      : draft.chosen.filter((o) => o !== id),
                  )
                }
              />
              {organisations.name(id)}
            </label>
          ))}
        </fieldset>
        <DateFields
          id="consent-given"
          legend={t("consent.givenAtLegend")}
          value={draft.givenAt}
          onChange={(value) => set("givenAt", value)}
          error={error("consent-given")}
        />
        <DateFields
          id="consent-expires"
          legend={t("consent.expiresLegend")}
          hint={t("consent.expiresHint")}
          value={draft.expiresAt}
          onChange={(value) => set("expiresAt", value)}
          error={error("consent-expires")}
        />
        <TextField
          id="consent-note"
          label={t("consent.noteLabel")}
          hint={t("consent.noteHint")}
          rows={3}
          value={draft.note}
          onChange={(value) => set("note", value)}
        />
        <button type="submit">{t("consent.continue")}</button>
      </form>
    </section>
  );
}
