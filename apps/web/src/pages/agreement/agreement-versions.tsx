import type { AgreementKind } from "@samstemt/domain";
import { agreementTitles } from "@samstemt/domain/labels";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../components/format";
import type { AgreementVersionView } from "./agreement-document";
import { type AgreementContent, agreementChanges } from "./agreement-values";

/** R10/R11: every version with its state, and what changed between any two of them. */
export function AgreementVersions(props: {
  kind: AgreementKind;
  versions: AgreementVersionView[];
}) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const language = i18n.language === "en" ? "en" : "da";
  const numbers = props.versions.map((v) => v.version);
  const [from, setFrom] = useState(numbers.at(-2) ?? numbers[0] ?? 1);
  const [to, setTo] = useState(numbers.at(-1) ?? 1);
  if (props.versions.length === 0) return null;
  const contentOf = (n: number): AgreementContent | null => {
    const version = props.versions.find((v) => v.version === n);
    return version?.content.shown ? (version.content.content as AgreementContent) : null;
  };
  const before = contentOf(from);
  const after = contentOf(to);
  const changes = before && after ? agreementChanges(props.kind, before, after, t) : null;
  return (
    <section aria-labelledby="versions-title" className="no-print">
      <h2 id="versions-title">{t("agreements.versionsTitle")}</h2>
      <table>
        <caption className="visually-hidden">
          {t("agreements.versionsCaption")} – {agreementTitles[props.kind][language]}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("agreements.version")}</th>
            <th scope="col">{t("agreements.savedAt")}</th>
            <th scope="col">{t("agreements.savedBy")}</th>
            <th scope="col">{t("agreements.signedAt")}</th>
          </tr>
        </thead>
        <tbody>
          {[...props.versions].reverse().map((version) => (
            <tr key={version.version}>
              <th scope="row">
                {version.version} ({t(`agreements.status.${version.status}`)})
              </th>
              <td>{format.dateTime(version.savedAt)}</td>
              <td>{version.content.recordedBy.name ?? t("case.someone")}</td>
              <td>{version.signedAt ? format.dateTime(version.signedAt) : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {props.versions.length > 1 && (
        <>
          <h3>{t("agreements.diffTitle")}</h3>
          <div className="inline-fields">
            <div className="field">
              <label htmlFor="diff-from">{t("agreements.from")}</label>
              <select id="diff-from" value={from} onChange={(e) => setFrom(Number(e.target.value))}>
                {numbers.map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="diff-to">{t("agreements.to")}</label>
              <select id="diff-to" value={to} onChange={(e) => setTo(Number(e.target.value))}>
                {numbers.map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {changes === null ? (
            <p className="muted">{t("agreements.withheld")}</p>
          ) : changes.length === 0 ? (
            <p>{t("agreements.noChanges")}</p>
          ) : (
            <table>
              <caption>{t("agreements.diffCaption", { from, to })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("agreements.field")}</th>
                  <th scope="col">{t("agreements.before")}</th>
                  <th scope="col">{t("agreements.after")}</th>
                </tr>
              </thead>
              <tbody>
                {changes.map((change) => (
                  <tr key={change.key}>
                    <th scope="row">{change.label[language]}</th>
                    <td className="minutes">
                      <del>{change.before || "—"}</del>
                    </td>
                    <td className="minutes">
                      <ins>{change.after || "—"}</ins>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
