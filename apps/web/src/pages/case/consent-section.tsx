import { civilDate, type DateParts, danishInstant, todayParts, useTRPC } from "@samstemt/ui";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Confirm, StepError } from "../../components/confirm";
import { DateFields } from "../../components/date-fields";
import { ErrorSummary, type FieldError, FieldMessage } from "../../components/error-summary";
import { useFormat } from "../../components/format";
import { useCaseCommands } from "./case-command";
import type { CaseDetail } from "./case-types";
import { useOrganisations } from "./use-organisation-names";
import { ViewItemText } from "./view-item";

/**
 * R4: the citizen's consent on the case — for each participating organisation whether
 * information may reach it now and why not; the consents recorded (as far as they reach
 * this viewer); recording and withdrawing them. The API decides the flow with the same rule
 * the consent-aware view uses.
 */
export function ConsentSection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const organisations = useOrganisations();
  const { view, actions, consentStatus, consentsLapsingSoon } = detail;
  if (view.organisations.length === 0 && view.consents.length === 0 && !actions.recordConsent) {
    return null;
  }
  const names = (ids: readonly string[]) => ids.map(organisations.name).join(", ");
  return (
    <section aria-labelledby="consent-title" id="samtykke">
      <h2 id="consent-title">{t("consent.title")}</h2>
      <p className="muted">{t("consent.intro")}</p>
      {consentsLapsingSoon.map((lapsing) => (
        <p key={lapsing.consentId} className="notice">
          {t("consent.lapsing", {
            date: lapsing.expiresAt ? format.date(lapsing.expiresAt) : "",
          })}
        </p>
      ))}
      {consentStatus.length > 0 && (
        <table>
          <caption>{t("consent.flowCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("consent.organisation")}</th>
              <th scope="col">{t("consent.flows")}</th>
            </tr>
          </thead>
          <tbody>
            {consentStatus.map((status) => (
              <tr key={status.organisationId}>
                <th scope="row">{organisations.name(status.organisationId)}</th>
                <td>
                  {status.mayReceive ? (
                    t("consent.yes", { organisations: names(status.sharesWith) })
                  ) : (
                    <>
                      <strong>{t("consent.no")}</strong> –{" "}
                      {t(`consent.reason.${status.reason ?? "no_consent"}`)}
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{t("consent.listTitle")}</h3>
      {view.consents.length === 0 ? (
        <p className="empty">{t("consent.none")}</p>
      ) : (
        <ul className="plain-list">
          {view.consents.map((consent) => (
            <li key={consent.consentId} className="panel">
              <ViewItemText item={consent.details}>
                {(details) => (
                  <dl className="summary-list pairs">
                    <dt>{t("consent.givenBy")}</dt>
                    <dd>
                      {details.givenBy.kind === "citizen"
                        ? t("consent.citizen")
                        : details.givenBy.relation
                          ? t("consent.representative", {
                              name: details.givenBy.name,
                              relation: details.givenBy.relation,
                            })
                          : t("consent.representativeNoRelation", { name: details.givenBy.name })}
                    </dd>
                    <dt>{t("consent.given")}</dt>
                    <dd>
                      {format.date(details.givenAt)}, {t(`consent.methods.${details.method}`)}
                    </dd>
                    <dt>{t("consent.purpose")}</dt>
                    <dd>{t(`consent.purposes.${details.purpose}`)}</dd>
                    <dt>{t("consent.covers")}</dt>
                    <dd>{names(details.organisationIds)}</dd>
                    <dt>{t("consent.expires")}</dt>
                    <dd>
                      {details.expiresAt ? format.date(details.expiresAt) : t("consent.noExpiry")}
                    </dd>
                    {details.withdrawnAt && (
                      <>
                        <dt>{t("consent.withdraw")}</dt>
                        <dd>
                          {t("consent.withdrawnAt", {
                            date: format.date(details.withdrawnAt),
                            name: details.withdrawalRecordedBy?.name ?? t("case.someone"),
                          })}
                        </dd>
                      </>
                    )}
                  </dl>
                )}
              </ViewItemText>
              {actions.withdrawConsentIds.includes(consent.consentId) && (
                <WithdrawConsent
                  consentId={consent.consentId}
                  givenAt={consent.details.shown ? consent.details.content.givenAt : null}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {actions.recordConsent && (
        <RecordConsent organisationIds={view.organisations.map((o) => o.organisationId)} />
      )}
    </section>
  );
}

/** R4: the members outside the consent are told why they see less, and what to do. */
export function ReducedViewNotice({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const organisations = useOrganisations();
  if (detail.view.withheld.length === 0) return null;
  return (
    <section className="notice" aria-labelledby="reduced-title">
      <h2 id="reduced-title">{t("consent.reducedTitle")}</h2>
      <p>
        {t("consent.reducedText", {
          organisation: organisations.name(detail.view.viewer.organisationId),
        })}
      </p>
      <p>{t("consent.reducedWhat")}</p>
    </section>
  );
}

function WithdrawConsent(props: { consentId: string; givenAt: Date | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const trpc = useTRPC();
  const commands = useCaseCommands();
  const [asking, setAsking] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  // R4: when the citizen withdrew it — today unless told otherwise, never in the future.
  const [when, setWhen] = useState<DateParts>(todayParts);
  const [whenError, setWhenError] = useState<string | undefined>(undefined);
  const withdraw = useMutation(
    trpc.consent.withdrawConsent.mutationOptions({
      onSuccess: (result) => commands.done(t("consent.withdrawn"), result),
      onError: (error) => {
        setAsking(false);
        setFailure(commands.failed(error));
      },
    }),
  );
  const date = props.givenAt ? format.date(props.givenAt) : "";
  const fieldId = `withdraw-${props.consentId}`;
  /** `undefined`: not a valid date; `null`: today (the server records its own now). */
  const withdrawnAt = (): Date | null | undefined => {
    const day = civilDate(when);
    if (!day) return undefined;
    const today = todayParts();
    const isToday =
      Number(today.day) === day.day &&
      Number(today.month) === day.month &&
      Number(today.year) === day.year;
    if (isToday) return null;
    const at = danishInstant(day, 0, 0);
    if (at.getTime() > Date.now()) return undefined;
    if (props.givenAt && at.getTime() < props.givenAt.getTime()) return undefined;
    return at;
  };
  return (
    <div>
      <StepError message={failure} />
      {asking ? (
        <>
          <DateFields
            id={fieldId}
            legend={t("consent.withdrawnWhen")}
            value={when}
            onChange={setWhen}
            error={whenError}
          />
          <Confirm
            question={t("consent.confirmWithdraw", { date })}
            confirmLabel={t("consent.yesWithdraw")}
            busy={withdraw.isPending}
            onCancel={() => setAsking(false)}
            onConfirm={() => {
              const at = withdrawnAt();
              setWhenError(at === undefined ? t("consent.errors.withdrawnAt") : undefined);
              if (at === undefined) {
                document.getElementById(fieldId)?.focus();
                return;
              }
              withdraw.mutate({
                caseId: commands.caseId,
                expectedVersion: commands.version,
                payload: { consentId: props.consentId, withdrawnAt: at },
              });
            }}
          />
        </>
      ) : (
        <button
          type="button"
          className="secondary"
          aria-label={date ? t("consent.withdrawLabel", { date }) : undefined}
          onClick={() => setAsking(true)}
        >
          {t("consent.withdraw")}
        </button>
      )}
    </div>
  );
}

const emptyDate: DateParts = { day: "", month: "", year: "" };
const endOfDay = (day: { year: number; month: number; day: number }) =>
  new Date(danishInstant(day, 23, 59).getTime() + 59_999);

function RecordConsent(props: { organisationIds: string[] }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const commands = useCaseCommands();
  const organisations = useOrganisations();
  const [giver, setGiver] = useState<"citizen" | "representative">("citizen");
  const [repName, setRepName] = useState("");
  const [repRelation, setRepRelation] = useState("");
  const [method, setMethod] = useState<"oral" | "written">("oral");
  const [purpose, setPurpose] = useState<"treatment" | "other">("treatment");
  const [chosen, setChosen] = useState<string[]>(props.organisationIds);
  const [givenAt, setGivenAt] = useState<DateParts>(todayParts);
  const [expiresAt, setExpiresAt] = useState<DateParts>(emptyDate);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const record = useMutation(
    trpc.consent.recordConsent.mutationOptions({
      onSuccess: (result) => {
        setExpiresAt(emptyDate);
        commands.done(t("consent.recorded"), result);
      },
      onError: (error) => setFailure(commands.failed(error)),
    }),
  );
  const error = (id: string) => errors.find((e) => e.fieldId === id)?.message;
  const firstOrg = `consent-org-${props.organisationIds[0] ?? ""}`;
  return (
    <section aria-labelledby="record-consent-title" className="panel">
      <ErrorSummary errors={errors} attempt={attempt} />
      <h3 id="record-consent-title">{t("consent.recordTitle")}</h3>
      <StepError message={failure} />
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const found: FieldError[] = [];
          if (giver === "representative" && repName.trim() === "") {
            found.push({ fieldId: "consent-rep-name", message: t("consent.errors.repName") });
          }
          if (purpose === "other" && method !== "written") {
            found.push({ fieldId: "consent-method-oral", message: t("consent.errors.written") });
          }
          if (chosen.length < 2) {
            found.push({ fieldId: firstOrg, message: t("consent.errors.orgs") });
          }
          const given = civilDate(givenAt);
          const givenInstant = given ? danishInstant(given, 0, 0) : null;
          if (!givenInstant) {
            found.push({ fieldId: "consent-given", message: t("consent.errors.givenAt") });
          } else if (givenInstant.getTime() > Date.now()) {
            found.push({ fieldId: "consent-given", message: t("consent.errors.givenFuture") });
          }
          const hasExpiry = Object.values(expiresAt).some((part) => part.trim() !== "");
          const expiry = hasExpiry ? civilDate(expiresAt) : null;
          const expiryInstant = expiry ? endOfDay(expiry) : null;
          if (
            hasExpiry &&
            (!expiryInstant || (givenInstant && expiryInstant.getTime() <= givenInstant.getTime()))
          ) {
            found.push({ fieldId: "consent-expires", message: t("consent.errors.expires") });
          }
          setErrors(found);
          setAttempt((n) => n + 1);
          if (found.length > 0 || !givenInstant) return;
          setFailure(null);
          record.mutate({
            caseId: commands.caseId,
            expectedVersion: commands.version,
            payload: {
              consentId: crypto.randomUUID(),
              givenBy:
                giver === "citizen"
                  ? { kind: "citizen" }
                  : {
                      kind: "representative",
                      name: repName.trim(),
                      relation: repRelation.trim() || null,
                    },
              method,
              purpose,
              organisationIds: chosen,
              givenAt: givenInstant,
              expiresAt: expiryInstant,
            },
          });
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
                checked={giver === kind}
                onChange={() => setGiver(kind)}
              />
              {t(kind === "citizen" ? "consent.byCitizen" : "consent.byRepresentative")}
            </label>
          ))}
        </fieldset>
        {giver === "representative" && (
          <>
            <div className={error("consent-rep-name") ? "field field-error" : "field"}>
              <label htmlFor="consent-rep-name">{t("consent.repName")}</label>
              <FieldMessage id="consent-rep-name-error" message={error("consent-rep-name")} />
              <input
                id="consent-rep-name"
                value={repName}
                autoComplete="off"
                aria-invalid={error("consent-rep-name") ? true : undefined}
                aria-describedby={error("consent-rep-name") ? "consent-rep-name-error" : undefined}
                onChange={(event) => setRepName(event.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor="consent-rep-relation">{t("consent.repRelation")}</label>
              <input
                id="consent-rep-relation"
                value={repRelation}
                autoComplete="off"
                onChange={(event) => setRepRelation(event.target.value)}
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
                checked={method === m}
                onChange={() => setMethod(m)}
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
                checked={purpose === p}
                onChange={() => setPurpose(p)}
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
                checked={chosen.includes(id)}
                onChange={(event) =>
                  setChosen((now) =>
                    event.target.checked ? [...now, id] : now.filter((o) => o !== id),
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
          value={givenAt}
          onChange={setGivenAt}
          error={error("consent-given")}
        />
        <DateFields
          id="consent-expires"
          legend={t("consent.expiresLegend")}
          hint={t("consent.expiresHint")}
          value={expiresAt}
          onChange={setExpiresAt}
          error={error("consent-expires")}
        />
        <button type="submit" disabled={record.isPending}>
          {t("consent.record")}
        </button>
      </form>
    </section>
  );
}
