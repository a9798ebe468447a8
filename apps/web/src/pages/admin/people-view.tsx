import { QueryError, unitAndOrganisation, useTRPC } from "@samstemt/ui";
import { useQuery } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { PageHeading } from "../../layout/page-heading";
import { SelectField } from "./admin-fields";
import { AdminSubNav, type AdminViewProps } from "./admin-page";
import { PersonForm } from "./person-form";

/** How many people the API lists at most (ADMIN_PEOPLE_LIMIT). */
const LIMIT = 1000;

/** People with role, unit and status, or the form for one. */
export function PeopleView(props: AdminViewProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const organisationId = props.search.organisation;
  const includeDeactivated = props.search.alle === true;
  const people = useQuery(
    trpc.admin.people.queryOptions({
      ...(organisationId && { organisationId }),
      includeDeactivated,
    }),
  );
  const organisations = useQuery(trpc.admin.organisations.queryOptions());
  const [filter, setFilter] = useState(organisationId ?? "");
  const [all, setAll] = useState(includeDeactivated);
  // The filter shows what the address says, also after a save or Back changed it.
  useEffect(() => {
    setFilter(organisationId ?? "");
    setAll(includeDeactivated);
  }, [organisationId, includeDeactivated]);
  const id = props.search.id;
  if (id) return <PersonForm key={id} personId={id === "ny" ? null : id} {...props} />;
  return (
    <>
      <PageHeading title={t("admin.views.people")}>{t("admin.title")}</PageHeading>
      <AdminSubNav current="personer" />
      <p>
        <Link
          to="/administration"
          search={{ visning: "personer", id: "ny", organisation: organisationId }}
        >
          {t("admin.people.create")}
        </Link>
      </p>
      <form
        className="admin-filter"
        onSubmit={(event) => {
          event.preventDefault();
          void navigate({
            to: "/administration",
            search: {
              visning: "personer",
              ...(filter && { organisation: filter }),
              ...(all && { alle: true as const }),
            },
          });
        }}
      >
        <SelectField
          id="people-filter"
          label={t("admin.people.filter")}
          value={filter}
          onChange={setFilter}
        >
          <option value="">{t("admin.units.allOrganisations")}</option>
          {organisations.data?.map((row) => (
            <option key={row.organisationId} value={row.organisationId}>
              {row.name}
            </option>
          ))}
        </SelectField>
        <label className="choice" htmlFor="people-all">
          <input
            type="checkbox"
            id="people-all"
            checked={all}
            onChange={(event) => setAll(event.target.checked)}
          />
          {t("admin.people.includeDeactivated")}
        </label>
        <button type="submit" className="secondary">
          {t("admin.people.show")}
        </button>
      </form>
      {people.isPending && <p aria-live="polite">{t("loading")}</p>}
      {people.isError && <QueryError error={people.error} onRetry={() => void people.refetch()} />}
      {people.data?.length === 0 && <p className="empty">{t("admin.people.empty")}</p>}
      {people.data && people.data.length >= LIMIT && (
        <p>{t("admin.people.limited", { count: LIMIT })}</p>
      )}
      {people.data && people.data.length > 0 && (
        <table>
          <caption>{t("admin.people.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("admin.people.name")}</th>
              <th scope="col">{t("admin.people.title")}</th>
              <th scope="col">{t("admin.people.role")}</th>
              <th scope="col">{t("admin.people.unit")}</th>
              <th scope="col">{t("admin.people.status")}</th>
              <th scope="col">
                <span className="visually-hidden">{t("admin.edit")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {people.data.map((row) => (
              <tr key={row.personId}>
                <th scope="row">{row.name}</th>
                <td>{row.title}</td>
                <td>{t(`roles.${row.role}`)}</td>
                <td>{unitAndOrganisation(row.unitName, row.organisationName)}</td>
                <td>
                  {row.deactivatedAt ? t("admin.people.deactivated") : t("admin.people.active")}
                  {row.administrator && (
                    <>
                      {" "}
                      <span className="badge">{t("admin.people.administrator")}</span>
                    </>
                  )}
                </td>
                <td>
                  <Link to="/administration" search={{ visning: "personer", id: row.personId }}>
                    {t("admin.edit")}
                    <span className="visually-hidden"> {row.name}</span>
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
