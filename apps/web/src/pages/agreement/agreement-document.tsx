import { type AgreementKind, agreementFields } from "@samstemt/domain";
import { agreementTitles } from "@samstemt/domain/labels";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../components/format";
import type { CaseView } from "../case/case-types";
import { useOrganisations } from "../case/use-organisation-names";
import { AgreementSignatureLines } from "./agreement-signature-lines";
import { type AgreementContent, fieldText } from "./agreement-values";

export type AgreementVersionView = CaseView["agreements"][AgreementKind][number];

/**
 * One version of an agreement laid out like the seed's template — title, the citizen, each
 * field with the template's label, then version, signatures and dates. The same markup is
 * the read-only version on screen and the A4 print (print styles hide everything else).
 * The citizen agreement prints with signature lines for the citizen and the team instead of
 * the list of signatures.
 */
export function AgreementDocument(props: { kind: AgreementKind; version: AgreementVersionView }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const organisations = useOrganisations();
  const language = i18n.language === "en" ? "en" : "da";
  const { version } = props;
  const onPaper = props.kind === "citizen";
  const content = version.content.shown
    ? (version.content as { content: AgreementContent }).content
    : null;
  const citizenName = typeof content?.citizenName === "string" ? content.citizenName : null;
  return (
    <article className="agreement-document" aria-labelledby="agreement-document-title">
      <h2 id="agreement-document-title">{agreementTitles[props.kind][language]}</h2>
      <p className="muted">
        {t("agreements.printVersion", {
          version: version.version,
          status: t(`agreements.status.${version.status}`),
        })}
        {" · "}
        {t("agreements.savedAt")} {format.dateTime(version.savedAt)}
      </p>
      {version.content.shown ? (
        <dl className="summary-list pairs agreement-fields">
          {agreementFields(props.kind).map((field) => {
            const text = fieldText(
              field.key,
              (version.content as { content: AgreementContent }).content[field.key],
              t,
            );
            return (
              <div key={field.key}>
                <dt>{field.label[language]}</dt>
                <dd className="minutes">
                  {text || <span className="muted">{t("agreements.empty")}</span>}
                </dd>
              </div>
            );
          })}
        </dl>
      ) : (
        <p className="muted">{t("agreements.withheld")}</p>
      )}
      <div className={onPaper ? "no-print" : undefined}>
        <h3>{t("agreements.signaturesTitle")}</h3>
        {version.signatures.length === 0 ? (
          <p className="muted">{t("agreements.noSignatures")}</p>
        ) : (
          <ul>
            {version.signatures.map((signature) => (
              <li key={`${signature.signAs}-${signature.organisationId ?? ""}`}>
                {/* The citizen's signature is recorded by a team member: said so, not as if
                    the recorder were the citizen. */}
                {t(
                  signature.signAs === "citizen"
                    ? "agreements.citizenSignatureLine"
                    : "agreements.signatureLine",
                  {
                    capacity: t(`agreements.capacity.${signature.signAs}`, {
                      organisation: signature.organisationId
                        ? organisations.name(signature.organisationId)
                        : "",
                    }),
                    name: signature.signedBy.name ?? t("case.someone"),
                    date: format.dateTime(signature.signedAt),
                  },
                )}
                {signature.citizenAgreement &&
                  ` (${t("agreements.citizenAgreed", {
                    how: t(`agreements.how.${signature.citizenAgreement.how}`).toLowerCase(),
                    date: format.date(signature.citizenAgreement.agreedAt),
                  })})`}
              </li>
            ))}
          </ul>
        )}
      </div>
      {onPaper && <AgreementSignatureLines version={version} citizenName={citizenName} />}
    </article>
  );
}
