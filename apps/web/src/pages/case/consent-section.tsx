import type { ConsentDetailsView } from "@samstemt/domain";
import { civilDate, type DateParts, danishInstant, todayParts, useTRPC } from "@samstemt/ui";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Confirm, StepError } from "../../components/confirm";
import { DateFields } from "../../components/date-fields";
import { useFormat } from "../../components/format";
import { useCaseCommands } from "./case-command";
import type { CaseDetail } from "./case-types";
import { CorrectConsent } from "./correct-consent";
import { RecordConsent } from "./record-consent";
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
          {view.consents.map((consent) => {
            const givenAt = consent.details.shown
              ? format.date(consent.details.content.givenAt)
              : "";
            return (
              <li key={consent.consentId} className="panel">
                <ViewItemText item={consent.details}>
                  {(details) => <ConsentDetails details={details} />}
                </ViewItemText>
                <div className="actions">
                  {actions.withdrawConsentIds.includes(consent.consentId) && (
                    <WithdrawConsent
                      consentId={consent.consentId}
                      givenAt={consent.details.shown ? consent.details.content.givenAt : null}
                      recordedBy={organisations.name(consent.details.recordedBy.organisationId)}
                    />
                  )}
                  {actions.correctConsentIds.includes(consent.consentId) && (
                    <CorrectConsent consentId={consent.consentId} givenAt={givenAt} />
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {view.correctedConsents.length > 0 && (
        <>
          <h3>{t("consent.correction.listTitle")}</h3>
          <p className="muted">{t("consent.correction.listIntro")}</p>
          <ul className="plain-list">
            {view.correctedConsents.map((corrected) => (
              <li key={corrected.consentId} className="panel">
                <p>
                  <strong>
                    {t("consent.correction.by", {
                      date: format.dateTime(corrected.correctedBy.recordedAt),
                      name: corrected.correctedBy.name ?? t("case.someone"),
                    })}
                  </strong>
                </p>
                <ViewItemText item={corrected.details}>
                  {(details) => (
                    <>
                      <p className="typed-text">
                        {t("consent.correction.why")}: {details.correctionReason}
                      </p>
                      <ConsentDetails details={details} />
                    </>
                  )}
                </ViewItemText>
              </li>
            ))}
          </ul>
        </>
      )}
      {actions.recordConsent &&
        (view.organisations.length >= 2 ? (
          <RecordConsent organisationIds={view.organisations.map((o) => o.organisationId)} />
        ) : (
          // R4: a consent names at least two organisations; until two take part there is
          // nothing to choose between, so the form would only fail.
          <p className="muted">{t("consent.needsTwo")}</p>
        ))}
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

/**
 * R4: the citizen may tell anyone on the case that they withdraw, so a consent whose details
 * are withheld can be withdrawn too — named by the organisation that recorded it (what the
 * view shows of it), never by its date or what it covers.
 */
function WithdrawConsent(props: { consentId: string; givenAt: Date | null; recordedBy: string }) {
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
            question={
              date
                ? t("consent.confirmWithdraw", { date })
                : t("consent.confirmWithdrawWithheld", { organisation: props.recordedBy })
            }
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
          aria-label={
            date
              ? t("consent.withdrawLabel", { date })
              : t("consent.withdrawWithheldLabel", { organisation: props.recordedBy })
          }
          onClick={() => setAsking(true)}
        >
          {t("consent.withdraw")}
        </button>
      )}
    </div>
  );
}

/** R4: one consent as recorded — who gave it, how, for what, for whom, until when, and notes. */
function ConsentDetails({ details }: { details: ConsentDetailsView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const organisations = useOrganisations();
  return (
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
      <dd>{details.organisationIds.map(organisations.name).join(", ")}</dd>
      <dt>{t("consent.expires")}</dt>
      <dd>{details.expiresAt ? format.date(details.expiresAt) : t("consent.noExpiry")}</dd>
      {details.note && (
        <>
          <dt>{t("consent.note")}</dt>
          <dd className="typed-text">{details.note}</dd>
        </>
      )}
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
  );
}
