import type { RouterOutputs } from "@samstemt/api";
import { type Sector, sectors } from "@samstemt/domain";
import { QueryError, useTRPC } from "@samstemt/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { PageHeading } from "../../layout/page-heading";
import { RadioGroup, TextField } from "./admin-fields";
import { AdminFormPage, useAdminForm } from "./admin-form";
import { type FieldErrors, filled } from "./admin-form-errors";
import { AdminSubNav, type AdminViewProps } from "./admin-page";
import { useChangedMeanwhile } from "./changed-meanwhile";

type Organisation = RouterOutputs["admin"]["organisations"][number];

/** The list of organisations, or the form for one ("ny" or its id). */
export function OrganisationsView(props: AdminViewProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const organisations = useQuery(trpc.admin.organisations.queryOptions());
  const id = props.search.id;
  if (organisations.isPending) return <p aria-live="polite">{t("loading")}</p>;
  if (organisations.isError) {
    return <QueryError error={organisations.error} onRetry={() => void organisations.refetch()} />;
  }
  if (id) {
    const existing = organisations.data.find((row) => row.organisationId === id);
    return (
      <OrganisationForm key={id} existing={id === "ny" ? null : (existing ?? null)} {...props} />
    );
  }
  return (
    <>
      <PageHeading title={t("admin.title")}>{t("admin.title")}</PageHeading>
      <AdminSubNav current="organisationer" />
      <p>{t("admin.intro")}</p>
      <p>
        <Link to="/administration" search={{ visning: "organisationer", id: "ny" }}>
          {t("admin.organisations.create")}
        </Link>
      </p>
      {organisations.data.length === 0 ? (
        <p className="empty">{t("admin.organisations.empty")}</p>
      ) : (
        <table>
          <caption>{t("admin.organisations.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("admin.organisations.name")}</th>
              <th scope="col">{t("admin.organisations.sector")}</th>
              <th scope="col">{t("admin.organisations.units")}</th>
              <th scope="col">{t("admin.organisations.people")}</th>
              <th scope="col">
                <span className="visually-hidden">{t("admin.edit")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {organisations.data.map((row) => (
              <tr key={row.organisationId}>
                <th scope="row">{row.name}</th>
                <td>{t(`sector.${row.sector}`)}</td>
                <td>
                  <Link
                    to="/administration"
                    search={{ visning: "enheder", organisation: row.organisationId }}
                  >
                    {row.unitCount}
                    <span className="visually-hidden">
                      {" "}
                      {t("admin.views.units")}: {row.name}
                    </span>
                  </Link>
                </td>
                <td>{row.activePeopleCount}</td>
                <td>
                  <Link
                    to="/administration"
                    search={{ visning: "organisationer", id: row.organisationId }}
                  >
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

type Field = "name" | "sector";
const fields: readonly Field[] = ["name", "sector"];
const fieldId = (field: Field) => `organisation-${field}`;

function OrganisationForm(props: AdminViewProps & { existing: Organisation | null }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [name, setName] = useState(props.existing?.name ?? "");
  const [sector, setSector] = useState<Sector | "">(props.existing?.sector ?? "");
  const text = (field: Field) => t(`admin.organisations.errors.${field}`);
  const form = useAdminForm(fields, text);
  const { errors } = form;
  const onSuccess = (saved: Organisation) => {
    void queryClient.invalidateQueries({ queryKey: trpc.admin.pathKey() });
    props.announce(t("admin.saved", { name: saved.name }));
    void navigate({ to: "/administration", search: { visning: "organisationer" } });
  };
  const onError = form.onError;
  // The save is refused if the organisation changed since the form opened on it.
  const conflict = useChangedMeanwhile({
    opened: props.existing,
    fields,
    form,
    fetchSaved: async (opened) =>
      (
        await queryClient.fetchQuery({ ...trpc.admin.organisations.queryOptions(), staleTime: 0 })
      ).find((row) => row.organisationId === opened.organisationId),
    textsOf: (organisation) => ({ name: organisation.name, sector: organisation.sector as string }),
    typed: { name, sector: sector as string },
    valueOf: (field, saved) => (field === "sector" ? t(`sector.${saved.sector}`) : saved.name),
    takeOver: (texts) => {
      if (texts.name !== undefined) setName(texts.name);
      if (texts.sector !== undefined) setSector(texts.sector as Sector);
    },
  });
  const create = useMutation(trpc.admin.createOrganisation.mutationOptions({ onSuccess, onError }));
  const update = useMutation(
    trpc.admin.updateOrganisation.mutationOptions({ onSuccess, onError: conflict.onError }),
  );
  const busy = create.isPending || update.isPending;
  const title = props.existing
    ? t("admin.organisations.editTitle", { name: props.existing.name })
    : t("admin.organisations.createTitle");
  return (
    <AdminFormPage
      form={form}
      fields={fields}
      fieldId={fieldId}
      title={title}
      backTo="organisationer"
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const found: FieldErrors<Field> = {};
          if (!filled(name)) found.name = text("name");
          if (!sector) found.sector = text("sector");
          if (!form.check(found) || !sector) return;
          const input = { name: name.trim(), sector };
          if (props.existing) {
            const opened = conflict.baseline ?? props.existing;
            update.mutate({
              ...input,
              organisationId: props.existing.organisationId,
              expected: { name: opened.name, sector: opened.sector },
            });
          } else {
            create.mutate(input);
          }
        }}
      >
        <TextField
          id={fieldId("name")}
          label={t("admin.organisations.name")}
          value={name}
          onChange={setName}
          error={errors.name}
          autoComplete="organization"
        />
        <RadioGroup
          id={fieldId("sector")}
          legend={t("admin.organisations.sectorLegend")}
          options={sectors.map((value) => ({ value, label: t(`sector.${value}`) }))}
          value={sector}
          onChange={setSector}
          error={errors.sector}
        />
        <button type="submit" disabled={busy} aria-busy={busy || undefined}>
          {props.existing ? t("admin.save") : t("admin.organisations.create")}
        </button>
      </form>
    </AdminFormPage>
  );
}
