import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../components/format";
import type { CaseView } from "./case-types";
import { useOrganisations } from "./use-organisation-names";

/**
 * R6/R7: the team — names, roles and tasks, how to reach each, the coordinator marked in
 * words. A member's tasks for the citizen reach the viewer as far as the consent does (R4).
 */
export function TeamSection(props: { view: CaseView; children?: ReactNode }) {
  const { t } = useTranslation();
  const format = useFormat();
  const organisations = useOrganisations();
  const { members, formerMembers } = props.view.team;
  if (members.length === 0 && !props.children) return null;
  return (
    <section aria-labelledby="team-title">
      <h2 id="team-title">{t("team.title")}</h2>
      {members.length > 0 ? (
        <table>
          <caption className="visually-hidden">{t("team.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("team.name")}</th>
              <th scope="col">{t("team.role")}</th>
              <th scope="col">{t("team.contact")}</th>
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <tr key={member.personId}>
                <th scope="row">
                  {member.name}
                  {member.coordinator && (
                    <>
                      <br />
                      <span className="badge">{t("team.coordinator")}</span>
                      {member.notDirectlyInvolved && (
                        <span className="muted"> {t("team.notDirectlyInvolved")}</span>
                      )}
                    </>
                  )}
                  <br />
                  <span className="muted">{t(`sector.${member.sector}`)}</span>
                </th>
                <td>
                  {member.role}
                  {member.tasks && (
                    <>
                      <br />
                      <span className="muted typed-text">{member.tasks}</span>
                    </>
                  )}
                  {member.tasksWithheld && (
                    <>
                      <br />
                      <span className="muted">
                        {t("consentGate.tasksWithheld", {
                          organisation: organisations.name(member.organisationId),
                        })}
                      </span>
                    </>
                  )}
                </td>
                <td>
                  {member.contact.phone && (
                    <>
                      <a href={`tel:${member.contact.phone.replaceAll(" ", "")}`}>
                        {member.contact.phone}
                      </a>
                      <br />
                    </>
                  )}
                  {member.contact.email && (
                    <>
                      <a href={`mailto:${member.contact.email}`}>{member.contact.email}</a>
                      <br />
                    </>
                  )}
                  {member.contact.other}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="empty">{t("team.empty")}</p>
      )}
      {formerMembers.length > 0 && (
        <details>
          <summary>{t("team.former", { count: formerMembers.length })}</summary>
          <ul>
            {formerMembers.map((former) => (
              <li key={`${former.personId}-${former.removedAt.getTime()}`}>
                {t("team.formerLine", {
                  name: former.name,
                  role: former.role,
                  date: format.date(former.removedAt),
                })}
              </li>
            ))}
          </ul>
        </details>
      )}
      {props.children}
    </section>
  );
}
