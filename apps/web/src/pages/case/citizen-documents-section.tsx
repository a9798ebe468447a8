import { useTranslation } from "react-i18next";
import { useFormat } from "../../components/format";
import type { CaseDetail } from "./case-types";

/**
 * F2: the documents that went to the citizen by digital post (the signed citizen agreement,
 * the minutes of collaboration meetings), newest first, so the team knows what the citizen
 * has received and when.
 */
export function CitizenDocumentsSection(props: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { view, citizenDocuments } = props.detail;
  if (view.status !== "active" && view.status !== "closed" && citizenDocuments.length === 0) {
    return null;
  }
  const newestFirst = [...citizenDocuments].reverse();
  return (
    <section aria-labelledby="citizen-documents-title">
      <h2 id="citizen-documents-title">{t("citizenDocuments.title")}</h2>
      <p>{t("citizenDocuments.intro")}</p>
      {newestFirst.length === 0 ? (
        <p className="empty">{t("citizenDocuments.none")}</p>
      ) : (
        <table>
          <caption className="visually-hidden">{t("citizenDocuments.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("citizenDocuments.sent")}</th>
              <th scope="col">{t("citizenDocuments.document")}</th>
            </tr>
          </thead>
          <tbody>
            {newestFirst.map((document) => (
              <tr key={`${document.at.getTime()}-${document.title}`}>
                <td>{format.dateTime(document.at)}</td>
                <td>{document.title}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
