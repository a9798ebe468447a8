import type { RouterOutputs } from "@samstemt/api";
import { type StaffRole, staffRoles } from "@samstemt/domain";
import { QueryError, useTRPC } from "@samstemt/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../components/format";
import { RadioGroup, SelectField, TextField } from "./admin-fields";
import { AdminFormPage, useAdminForm } from "./admin-form";
import { type FieldErrors, filled, looksLikeEmail } from "./admin-form-errors";
import type { AdminViewProps } from "./admin-page";
import { useChangedMeanwhile } from "./changed-meanwhile";

type Person = RouterOutputs["admin"]["person"];
type Unit = RouterOutputs["admin"]["units"][number];

type Field = "name" | "title" | "role" | "unitId" | "email" | "phone" | "subject";
const fields: readonly Field[] = ["name", "title", "role", "unitId", "email", "phone", "subject"];
const fieldId = (field: Field) => `person-${field}`;

interface Draft {
  name: string;
  title: string;
  role: StaffRole | "";
  unitId: string;
  email: string;
  phone: string;
  subject: string;
}

/** The person's stored fields, as the server compares them before a save (`expected`). */
const shownOf = (person: Person) => ({
  unitId: person.unitId,
  name: person.name,
  title: person.title,
  role: person.role,
  email: person.email,
  phone: person.phone,
  subject: person.subject,
});

const draftOf = (person: Person | null, unitId: string): Draft => ({
  name: person?.name ?? "",
  title: person?.title ?? "",
  role: person?.role ?? "",
  unitId: person?.unitId ?? unitId,
  email: person?.email ?? "",
  phone: person?.phone ?? "",
  subject: person?.subject ?? "",
});

/** A new person (`personId` null) or an existing one, with their rights and access below. */
export function PersonForm(props: AdminViewProps & { personId: string | null }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const units = useQuery(trpc.admin.units.queryOptions({}));
  const person = useQuery({
    ...trpc.admin.person.queryOptions({ personId: props.personId ?? "" }),
    enabled: props.personId !== null,
  });
  if (units.isPending || (props.personId && person.isPending)) {
    return <p aria-live="polite">{t("loading")}</p>;
  }
  if (units.isError) return <QueryError error={units.error} onRetry={() => void units.refetch()} />;
  if (person.isError) {
    return <QueryError error={person.error} onRetry={() => void person.refetch()} />;
  }
  return <PersonFormFields {...props} person={person.data ?? null} units={units.data} />;
}

function PersonFormFields(props: AdminViewProps & { person: Person | null; units: Unit[] }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const existing = props.person;
  const [draft, setDraft] = useState<Draft>(() =>
    draftOf(
      existing,
      props.units.find((unit) => unit.organisationId === props.search.organisation)?.unitId ?? "",
    ),
  );
  const text = (field: Field) => t(`admin.people.errors.${field}`);
  const form = useAdminForm(fields, text);
  const { errors } = form;
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));
  const onSuccess = (saved: Person) => {
    void queryClient.invalidateQueries({ queryKey: trpc.admin.pathKey() });
    props.announce(t("admin.saved", { name: saved.name }));
    void navigate({
      to: "/administration",
      search: { visning: "personer", organisation: saved.organisationId },
    });
  };
  const onError = form.onError;
  // The save is refused if the person changed since the form opened on them.
  const conflict = useChangedMeanwhile({
    opened: existing,
    fields,
    form,
    fetchSaved: (opened) =>
      queryClient.fetchQuery({
        ...trpc.admin.person.queryOptions({ personId: opened.personId }),
        staleTime: 0,
      }),
    textsOf: (person) => draftOf(person, ""),
    typed: draft,
    valueOf: (field, person) =>
      field === "unitId"
        ? person.unitName
        : field === "role"
          ? t(`roles.${person.role}`)
          : (person[field] ?? ""),
    takeOver: (texts) => setDraft((current) => ({ ...current, ...texts })),
  });
  const create = useMutation(trpc.admin.createPerson.mutationOptions({ onSuccess, onError }));
  const update = useMutation(
    trpc.admin.updatePerson.mutationOptions({ onSuccess, onError: conflict.onError }),
  );
  const busy = create.isPending || update.isPending;
  const title = existing
    ? t("admin.people.editTitle", { name: existing.name })
    : t("admin.people.createTitle");
  // Units grouped by organisation, as the select shows them.
  const groups = new Map<string, Unit[]>();
  for (const unit of props.units) {
    groups.set(unit.organisationName, [...(groups.get(unit.organisationName) ?? []), unit]);
  }
  return (
    <AdminFormPage form={form} fields={fields} fieldId={fieldId} title={title} backTo="personer">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const found: FieldErrors<Field> = {};
          if (!filled(draft.name)) found.name = text("name");
          if (!filled(draft.title)) found.title = text("title");
          if (!draft.role) found.role = text("role");
          if (!draft.unitId) found.unitId = text("unitId");
          if (!looksLikeEmail(draft.email)) found.email = text("email");
          if (draft.phone.trim().length > 40) found.phone = text("phone");
          if (draft.subject.trim().length > 255) found.subject = text("subject");
          if (!form.check(found) || !draft.role) return;
          const input = {
            name: draft.name.trim(),
            title: draft.title.trim(),
            role: draft.role,
            unitId: draft.unitId,
            email: draft.email.trim(),
            phone: draft.phone.trim() || null,
            subject: draft.subject.trim() || null,
          };
          if (existing) {
            update.mutate({
              ...input,
              personId: existing.personId,
              expected: shownOf(conflict.baseline ?? existing),
            });
          } else create.mutate(input);
        }}
      >
        <TextField
          id={fieldId("name")}
          label={t("admin.people.name")}
          value={draft.name}
          onChange={(value) => set("name", value)}
          error={errors.name}
        />
        <TextField
          id={fieldId("title")}
          label={t("admin.people.title")}
          value={draft.title}
          onChange={(value) => set("title", value)}
          error={errors.title}
        />
        <RadioGroup
          id={fieldId("role")}
          legend={t("admin.people.roleLegend")}
          hint={t("admin.people.roleHint")}
          options={staffRoles.map((value) => ({ value, label: t(`roles.${value}`) }))}
          value={draft.role}
          onChange={(value) => set("role", value)}
          error={errors.role}
        />
        <SelectField
          id={fieldId("unitId")}
          label={t("admin.people.unit")}
          value={draft.unitId}
          onChange={(value) => set("unitId", value)}
          error={errors.unitId}
        >
          <option value="">{t("admin.people.unitChoose")}</option>
          {[...groups].map(([organisation, units]) => (
            <optgroup key={organisation} label={organisation}>
              {units.map((unit) => (
                <option key={unit.unitId} value={unit.unitId}>
                  {unit.name}
                </option>
              ))}
            </optgroup>
          ))}
        </SelectField>
        <TextField
          id={fieldId("email")}
          type="email"
          label={t("admin.people.email")}
          value={draft.email}
          onChange={(value) => set("email", value)}
          error={errors.email}
        />
        <TextField
          id={fieldId("phone")}
          type="tel"
          label={t("admin.people.phone")}
          value={draft.phone}
          onChange={(value) => set("phone", value)}
          error={errors.phone}
        />
        <TextField
          id={fieldId("subject")}
          label={t("admin.people.subject")}
          hint={t("admin.people.subjectHint")}
          value={draft.subject}
          onChange={(value) => set("subject", value)}
          error={errors.subject}
        />
        <button type="submit" disabled={busy} aria-busy={busy || undefined}>
          {existing ? t("admin.save") : t("admin.people.create")}
        </button>
      </form>
      {existing && <PersonAccess person={existing} announce={props.announce} />}
    </AdminFormPage>
  );
}

/**
 * Administrator rights, and deactivation instead of deletion: a confirmation names the
 * person and says what will happen before anything does.
 */
function PersonAccess(props: { person: Person; announce: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const format = useFormat();
  const queryClient = useQueryClient();
  const { person } = props;
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const deactivateRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) questionRef.current?.focus();
  }, [confirming]);
  const done = (message: string) => () => {
    setFailure(null);
    setConfirming(false);
    void queryClient.invalidateQueries({ queryKey: trpc.admin.pathKey() });
    props.announce(message);
  };
  const onError = (error: { message: string }) =>
    setFailure(
      t("admin.failed", {
        message:
          (error as { data?: { domainError?: { message?: Record<string, string> } } }).data
            ?.domainError?.message?.[i18n.language === "en" ? "en" : "da"] ?? error.message,
      }),
    );
  const name = person.name;
  const grant = useMutation(
    trpc.admin.grantAdministrator.mutationOptions({
      onSuccess: done(t("admin.people.granted", { name })),
      onError,
    }),
  );
  const revoke = useMutation(
    trpc.admin.revokeAdministrator.mutationOptions({
      onSuccess: done(t("admin.people.revoked", { name })),
      onError,
    }),
  );
  const deactivate = useMutation(
    trpc.admin.deactivatePerson.mutationOptions({
      onSuccess: done(t("admin.people.deactivatedDone", { name })),
      onError,
    }),
  );
  const reactivate = useMutation(
    trpc.admin.reactivatePerson.mutationOptions({
      onSuccess: done(t("admin.people.reactivatedDone", { name })),
      onError,
    }),
  );
  const busy = grant.isPending || revoke.isPending || deactivate.isPending || reactivate.isPending;
  const ref = { personId: person.personId };
  return (
    <div className="admin-access">
      {failure && (
        <p role="alert" className="error">
          {failure}
        </p>
      )}
      <section aria-labelledby="person-rights-title" className="panel">
        <h2 id="person-rights-title">{t("admin.people.rightsTitle")}</h2>
        <p>
          {person.administrator
            ? t("admin.people.isAdministrator", { name })
            : t("admin.people.notAdministrator", { name })}
        </p>
        {person.deactivatedAt === null && (
          <button
            type="button"
            className="secondary"
            disabled={busy}
            onClick={() => (person.administrator ? revoke.mutate(ref) : grant.mutate(ref))}
          >
            {person.administrator ? t("admin.people.revoke") : t("admin.people.grant")}
          </button>
        )}
      </section>
      <section aria-labelledby="person-access-title" className="panel">
        <h2 id="person-access-title">{t("admin.people.accessTitle")}</h2>
        {person.deactivatedAt === null ? (
          <>
            <p>{t("admin.people.activeText", { name })}</p>
            {confirming ? (
              <div className="notice">
                <p ref={questionRef} tabIndex={-1}>
                  <strong>{t("admin.people.deactivateQuestion", { name })}</strong>{" "}
                  {t("admin.people.deactivateExplain")}
                </p>
                <div className="actions">
                  <button
                    type="button"
                    disabled={busy}
                    aria-busy={deactivate.isPending || undefined}
                    onClick={() => deactivate.mutate(ref)}
                  >
                    {t("admin.people.yesDeactivate")}
                  </button>
                  <button
                    type="button"
                    className="secondary"
                    onClick={() => {
                      setConfirming(false);
                      requestAnimationFrame(() => deactivateRef.current?.focus());
                    }}
                  >
                    {t("form.cancel")}
                  </button>
                </div>
              </div>
            ) : (
              <button
                type="button"
                className="secondary"
                ref={deactivateRef}
                onClick={() => setConfirming(true)}
              >
                {t("admin.people.deactivate", { name })}
              </button>
            )}
          </>
        ) : (
          <>
            <p>
              {t("admin.people.deactivatedText", {
                name,
                date: format.date(new Date(person.deactivatedAt)),
              })}
            </p>
            <button
              type="button"
              className="secondary"
              disabled={busy}
              onClick={() => reactivate.mutate(ref)}
            >
              {t("admin.people.reactivate", { name })}
            </button>
          </>
        )}
      </section>
    </div>
  );
}
