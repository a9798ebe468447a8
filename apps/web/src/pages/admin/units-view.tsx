import type { RouterOutputs } from "@samstemt/api";
import { QueryError, useTRPC } from "@samstemt/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { PageHeading } from "../../layout/page-heading";
import { SelectField, TextField } from "./admin-fields";
import { AdminFormPage, useAdminForm } from "./admin-form";
import { type FieldErrors, filled } from "./admin-form-errors";
import { AdminSubNav, type AdminViewProps } from "./admin-page";
import { useChangedMeanwhile } from "./changed-meanwhile";

type Unit = RouterOutputs["admin"]["units"][number];
type Organisation = RouterOutputs["admin"]["organisations"][number];

/**
 * Units with their organisation and leaders, or the form for one. A unit is led by its
 * people with the role leader (see the README): the list says who, the person form changes it.
 */
export function UnitsView(props: AdminViewProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const organisationId = props.search.organisation;
  const units = useQuery(trpc.admin.units.queryOptions({}));
  const organisations = useQuery(trpc.admin.organisations.queryOptions());
  const [filter, setFilter] = useState(organisationId ?? "");
  // The filter shows what the address says, also after a save or Back changed it.
  useEffect(() => setFilter(organisationId ?? ""), [organisationId]);
  const id = props.search.id;
  if (units.isPending || organisations.isPending) {
    return <p aria-live="polite">{t("loading")}</p>;
  }
  if (units.isError) return <QueryError error={units.error} onRetry={() => void units.refetch()} />;
  if (organisations.isError) {
    return <QueryError error={organisations.error} onRetry={() => void organisations.refetch()} />;
  }
  if (id) {
    const existing = units.data.find((row) => row.unitId === id) ?? null;
    return (
      <UnitForm
        key={id}
        existing={id === "ny" ? null : existing}
        organisations={organisations.data}
        {...props}
      />
    );
  }
  const shown = organisationId
    ? units.data.filter((row) => row.organisationId === organisationId)
    : units.data;
  return (
    <>
      <PageHeading title={t("admin.views.units")}>{t("admin.title")}</PageHeading>
      <AdminSubNav current="enheder" />
      <p>{t("admin.units.leadersHint")}</p>
      <p>
        <Link
          to="/administration"
          search={{ visning: "enheder", id: "ny", organisation: organisationId }}
        >
          {t("admin.units.create")}
        </Link>
      </p>
      <form
        className="admin-filter"
        onSubmit={(event) => {
          event.preventDefault();
          void navigate({
            to: "/administration",
            search: { visning: "enheder", ...(filter && { organisation: filter }) },
          });
        }}
      >
        <SelectField
          id="units-filter"
          label={t("admin.units.filter")}
          value={filter}
          onChange={setFilter}
        >
          <option value="">{t("admin.units.allOrganisations")}</option>
          {organisations.data.map((row) => (
            <option key={row.organisationId} value={row.organisationId}>
              {row.name}
            </option>
          ))}
        </SelectField>
        <button type="submit" className="secondary">
          {t("admin.units.show")}
        </button>
      </form>
      {shown.length === 0 ? (
        <p className="empty">{t("admin.units.empty")}</p>
      ) : (
        <table>
          <caption>{t("admin.units.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("admin.units.name")}</th>
              <th scope="col">{t("admin.units.organisation")}</th>
              <th scope="col">{t("admin.units.leaders")}</th>
              <th scope="col">{t("admin.units.people")}</th>
              <th scope="col">
                <span className="visually-hidden">{t("admin.edit")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.unitId}>
                <th scope="row">{row.name}</th>
                <td>{row.organisationName}</td>
                <td>
                  {row.leaders.length === 0
                    ? t("admin.units.noLeader")
                    : row.leaders.map((leader) => leader.name).join(", ")}
                </td>
                <td>
                  <Link
                    to="/administration"
                    search={{ visning: "personer", organisation: row.organisationId }}
                  >
                    {row.activePeopleCount}
                    <span className="visually-hidden">
                      {" "}
                      {t("admin.views.people")}: {row.organisationName}
                    </span>
                  </Link>
                </td>
                <td>
                  <Link to="/administration" search={{ visning: "enheder", id: row.unitId }}>
                    {t("admin.edit")}
                    <span className="visually-hidden">
                      {" "}
                      {row.name}, {row.organisationName}
                    </span>
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

type Field = "organisationId" | "name";
const fields: readonly Field[] = ["organisationId", "name"];
const fieldId = (field: Field) => `unit-${field}`;

function UnitForm(
  props: AdminViewProps & { existing: Unit | null; organisations: Organisation[] },
) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [organisationId, setOrganisationId] = useState(
    props.existing?.organisationId ?? props.search.organisation ?? "",
  );
  const [name, setName] = useState(props.existing?.name ?? "");
  const text = (field: Field) => t(`admin.units.errors.${field}`);
  const form = useAdminForm(fields, text);
  const { errors } = form;
  const onSuccess = (saved: Unit) => {
    void queryClient.invalidateQueries({ queryKey: trpc.admin.pathKey() });
    props.announce(t("admin.saved", { name: `${saved.name}, ${saved.organisationName}` }));
    void navigate({
      to: "/administration",
      search: { visning: "enheder", organisation: saved.organisationId },
    });
  };
  const onError = form.onError;
  // The save is refused if the unit was renamed since the form opened on it.
  const conflict = useChangedMeanwhile({
    opened: props.existing,
    fields,
    form,
    fetchSaved: async (opened) =>
      (await queryClient.fetchQuery({ ...trpc.admin.units.queryOptions({}), staleTime: 0 })).find(
        (row) => row.unitId === opened.unitId,
      ),
    textsOf: (unit) => ({ organisationId: unit.organisationId, name: unit.name }),
    typed: { organisationId, name },
    valueOf: (_field, saved) => saved.name,
    takeOver: (texts) => {
      if (texts.name !== undefined) setName(texts.name);
    },
  });
  const create = useMutation(trpc.admin.createUnit.mutationOptions({ onSuccess, onError }));
  const update = useMutation(
    trpc.admin.updateUnit.mutationOptions({ onSuccess, onError: conflict.onError }),
  );
  const busy = create.isPending || update.isPending;
  const title = props.existing
    ? t("admin.units.editTitle", { name: props.existing.name })
    : t("admin.units.createTitle");
  return (
    <AdminFormPage form={form} fields={fields} fieldId={fieldId} title={title} backTo="enheder">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const found: FieldErrors<Field> = {};
          if (!props.existing && !organisationId) found.organisationId = text("organisationId");
          if (!filled(name)) found.name = text("name");
          if (!form.check(found)) return;
          if (props.existing) {
            update.mutate({
              unitId: props.existing.unitId,
              name: name.trim(),
              expected: { name: (conflict.baseline ?? props.existing).name },
            });
          } else {
            create.mutate({ organisationId, name: name.trim() });
          }
        }}
      >
        <SelectField
          id={fieldId("organisationId")}
          label={t("admin.units.organisation")}
          hint={t("admin.units.organisationHint")}
          value={organisationId}
          onChange={setOrganisationId}
          error={errors.organisationId}
          disabled={props.existing !== null}
        >
          <option value="">{t("admin.units.choose")}</option>
          {props.organisations.map((row) => (
            <option key={row.organisationId} value={row.organisationId}>
              {row.name}
            </option>
          ))}
        </SelectField>
        <TextField
          id={fieldId("name")}
          label={t("admin.units.name")}
          value={name}
          onChange={setName}
          error={errors.name}
        />
        {props.existing && (
          <p>
            {t("admin.units.leaders")}:{" "}
            {props.existing.leaders.length === 0
              ? t("admin.units.noLeader")
              : props.existing.leaders.map((leader) => leader.name).join(", ")}
          </p>
        )}
        <button type="submit" disabled={busy} aria-busy={busy || undefined}>
          {props.existing ? t("admin.save") : t("admin.units.create")}
        </button>
      </form>
    </AdminFormPage>
  );
}
