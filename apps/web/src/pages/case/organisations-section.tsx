import { useTranslation } from "react-i18next";
import { useFormat } from "../../components/format";
import type { CaseView } from "./case-types";
import { useOrganisations } from "./use-organisation-names";
import { ViewItemText } from "./view-item";

/** R6: who takes part, who has been asked and not answered, and who said no (with why). */
export function OrganisationsSection({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const organisations = useOrganisations();
  const participating = new Set(view.organisations.map((o) => o.organisationId));
  const waiting = view.invitations.filter(
    (invitation) => !invitation.declined && !participating.has(invitation.organisationId),
  );
  const declined = view.invitations.filter((invitation) => invitation.declined);
  if (view.organisations.length === 0 && view.invitations.length === 0) return null;
  return (
    <section aria-labelledby="organisations-title">
      <h2 id="organisations-title">{t("organisations.title")}</h2>
      <table>
        <caption className="visually-hidden">{t("organisations.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("organisations.organisation")}</th>
            <th scope="col">{t("organisations.sector")}</th>
            <th scope="col">{t("organisations.state")}</th>
          </tr>
        </thead>
        <tbody>
          {view.organisations.map((organisation) => (
            <tr key={organisation.organisationId}>
              <th scope="row">
                {organisation.organisationName ?? organisations.name(organisation.organisationId)}
              </th>
              <td>{t(`sector.${organisation.sector}`)}</td>
              <td>
                {t("organisations.joined", {
                  name: organisation.agreedBy.name ?? t("case.someone"),
                  date: format.date(organisation.agreedAt),
                })}
              </td>
            </tr>
          ))}
          {waiting.map((invitation) => {
            const sector = organisations.sector(invitation.organisationId);
            return (
              <tr key={invitation.organisationId}>
                <th scope="row">{organisations.name(invitation.organisationId)}</th>
                <td>{sector ? t(`sector.${sector}`) : "—"}</td>
                <td>
                  {t("organisations.invited", {
                    name: invitation.invitedBy.name ?? t("case.someone"),
                    date: format.date(invitation.invitedAt),
                  })}
                </td>
              </tr>
            );
          })}
          {declined.map((invitation) => {
            const sector = organisations.sector(invitation.organisationId);
            return (
              <tr key={`${invitation.organisationId}-declined`}>
                <th scope="row">{organisations.name(invitation.organisationId)}</th>
                <td>{sector ? t(`sector.${sector}`) : "—"}</td>
                <td>
                  {invitation.declined && (
                    <>
                      {t("organisations.declined", {
                        name: invitation.declined.declinedBy.name ?? t("case.someone"),
                        date: format.date(invitation.declined.declinedAt),
                      })}
                      <br />
                      <ViewItemText item={invitation.declined.reason}>
                        {(reason) => <span>{reason}</span>}
                      </ViewItemText>
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
