import {
  type AgreementKind,
  type AgreementSigning,
  citizenAgreementMethods,
  type SignatoryCapacity,
} from "@samstemt/domain";
import { agreementTitles } from "@samstemt/domain/labels";
import { civilDate, type DateParts, danishInstant, todayParts, useTRPC } from "@samstemt/ui";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Confirm, StepError } from "../../components/confirm";
import { DateFields } from "../../components/date-fields";
import { ErrorSummary, type FieldError, FieldMessage } from "../../components/error-summary";
import { useSignedInUser } from "../../layout/signed-in-user";
import { useCaseCommands } from "../case/case-command";
import { useOrganisations } from "../case/use-organisation-names";
import type { AgreementVersionView } from "./agreement-document";

/**
 * R10/R11: signing the latest version in each capacity this person may still sign in —
 * the coordinator and the team as well as the leaders. From the start it says what the
 * domain says still stands in the way (the same rule that refuses signing): the fields
 * still missing, linked to the form, or (R4) the consent it waits for; the buttons are then
 * shown but cannot be used, and say why.
 */
export function SignAgreement(props: {
  kind: AgreementKind;
  version: AgreementVersionView;
  signing: AgreementSigning;
}) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const user = useSignedInUser();
  const commands = useCaseCommands();
  const organisations = useOrganisations();
  const capacities = props.signing.capacities;
  const blocked = props.signing.blockedBy;
  const language = i18n.language === "en" ? "en" : "da";
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [asking, setAsking] = useState<SignatoryCapacity | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  // R11: how and when the citizen agreed, for the citizen's signature.
  const [how, setHow] = useState<(typeof citizenAgreementMethods)[number] | null>(null);
  const [agreedOn, setAgreedOn] = useState<DateParts>(todayParts);
  const [agreedAt, setAgreedAt] = useState<Date | null>(null);
  const sign = useMutation(
    trpc.agreements.signAgreement.mutationOptions({
      onSuccess: (result) => {
        setAsking(null);
        commands.done(t("agreements.signedNow"), result);
      },
      onError: (error) => {
        setAsking(null);
        setFailure(commands.failed(error));
      },
    }),
  );
  const title = agreementTitles[props.kind][language];
  const tryToSign = (signAs: SignatoryCapacity) => {
    if (blocked) return;
    const found: FieldError[] = [];
    let at: Date | null = null;
    if (signAs === "citizen") {
      if (!how)
        found.push({ fieldId: "citizen-how-on_paper", message: t("agreements.errors.how") });
      const day = civilDate(agreedOn);
      // Noon on the day, or now if that is still to come today: never in the future.
      at = day ? new Date(Math.min(danishInstant(day, 12, 0).getTime(), Date.now())) : null;
      if (!day || (at && danishInstant(day, 0, 0).getTime() > Date.now())) {
        found.push({ fieldId: "citizen-agreed", message: t("agreements.errors.agreedAt") });
      }
    }
    setErrors(found);
    setAttempt((n) => n + 1);
    setAgreedAt(at);
    if (found.length === 0) setAsking(signAs);
  };
  const error = (id: string) => errors.find((e) => e.fieldId === id)?.message;
  return (
    <section aria-labelledby="sign-title" className="panel no-print">
      <ErrorSummary errors={errors} attempt={attempt} />
      <h2 id="sign-title">{t("agreements.signTitle", { version: props.version.version })}</h2>
      <div id="sign-blocked">
        {blocked === "incomplete" && (
          <p className="notice">
            {t("agreements.signWhenComplete", { count: props.signing.missing.length })}
          </p>
        )}
        {blocked === "consent" && (
          <p className="notice">
            {t("agreements.waitsForConsent", {
              organisations: props.signing.consentMustCover
                .map((id) => organisations.name(id))
                .join(t("agreements.waitsForConsentAnd")),
            })}
          </p>
        )}
      </div>
      {!blocked && capacities.includes("citizen") && (
        <>
          <p className="hint">{t("agreements.citizenHint")}</p>
          <fieldset className={error("citizen-how-on_paper") ? "field-error" : undefined}>
            <legend>{t("agreements.howLegend")}</legend>
            <FieldMessage id="citizen-how-error" message={error("citizen-how-on_paper")} />
            {citizenAgreementMethods.map((method) => (
              <label key={method} className="choice" htmlFor={`citizen-how-${method}`}>
                <input
                  type="radio"
                  name="citizen-how"
                  id={`citizen-how-${method}`}
                  checked={how === method}
                  onChange={() => setHow(method)}
                />
                {t(`agreements.how.${method}`)}
              </label>
            ))}
          </fieldset>
          <DateFields
            id="citizen-agreed"
            legend={t("agreements.agreedLegend")}
            value={agreedOn}
            onChange={setAgreedOn}
            error={error("citizen-agreed")}
          />
        </>
      )}
      <StepError message={failure} />
      {asking ? (
        <Confirm
          question={t(
            asking === "citizen" ? "agreements.confirmCitizen" : "agreements.confirmSign",
            {
              version: props.version.version,
              title,
            },
          )}
          confirmLabel={t("agreements.yesSign")}
          busy={sign.isPending}
          onCancel={() => setAsking(null)}
          onConfirm={() =>
            sign.mutate({
              caseId: commands.caseId,
              expectedVersion: commands.version,
              payload: {
                kind: props.kind,
                version: props.version.version,
                signAs: asking,
                citizenAgreement:
                  asking === "citizen" && how && agreedAt ? { how, agreedAt } : null,
              },
            })
          }
        />
      ) : (
        <div className="actions">
          {capacities.map((signAs) => (
            <button
              key={signAs}
              type="button"
              // Focusable and read out with its reason, unlike a `disabled` button.
              aria-disabled={blocked ? true : undefined}
              aria-describedby={blocked ? "sign-blocked" : undefined}
              onClick={() => tryToSign(signAs)}
            >
              {t(`agreements.signAs.${signAs}`, { organisation: user.organisationName })}
            </button>
          ))}
        </div>
      )}
    </section>
  );
}
