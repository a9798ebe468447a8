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
import { isChangedMeanwhile, mergeChangedMeanwhile } from "./changed-meanwhile";

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
  // What the form was opened on: the server refuses the save if it changed since.
  const [baseline, setBaseline] = useState<Organisation | null>(props.existing);
  /** Another administrator saved the organisation meanwhile: see `mergeChangedMeanwhile`. */
  const onChangedMeanwhile = async (error: unknown) => {
    if (!baseline) return onError(error);
    const fresh = (
      await queryClient
        .fetchQuery({ ...trpc.admin.organisations.queryOptions(), staleTime: 0 })
        .catch(() => null)
    )?.find((row) => row.organisationId === baseline.organisationId);
    if (!fresh) return onError(error);
    const value = (field: Field) => (field === "sector" ? t(`sector.${fresh.sector}`) : fresh.name);
    const merged = mergeChangedMeanwhile({
      fields,
      opened: { name: baseline.name, sector: baseline.sector as string },
      saved: { name: fresh.name, sector: fresh.sector as string },
      typed: { name, sector: sector as string },
      messages: {
        takenOver: (field) => t("admin.changedMeanwhile.takenOver", { value: value(field) }),
        bothChanged: (field) => t("admin.changedMeanwhile.bothChanged", { value: value(field) }),
      },
    });
    if (merged.takeOver.name !== undefined) setName(fresh.name);
    if (merged.takeOver.sector !== undefined) setSector(fresh.sector);
    setBaseline(fresh);
    if (Object.keys(merged.errors).length === 0) onError(error);
    else form.check(merged.errors);
  };
  const create = useMutation(trpc.admin.createOrganisation.mutationOptions({ onSuccess, onError }));
  const update = useMutation(
    trpc.admin.updateOrganisation.mutationOptions({
      onSuccess,
      onError: (error) =>
        isChangedMeanwhile(error) ? void onChangedMeanwhile(error) : onError(error),
    }),
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
            const opened = baseline ?? props.existing;
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
