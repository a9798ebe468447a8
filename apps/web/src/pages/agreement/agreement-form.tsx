import { type AgreementKind, agreementFields, DANISH_TIME_ZONE } from "@samstemt/domain";
import { errorCode, useTRPC } from "@samstemt/ui";
import { useMutation } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { StepError } from "../../components/confirm";
import { useCaseCommands } from "../case/case-command";
import type { CaseDetail } from "../case/case-types";
import { useOrganisations } from "../case/use-organisation-names";
import type { AgreementVersionView } from "./agreement-document";
import {
  type AgreementContent,
  agreementChanges,
  type FieldChange,
  fieldText,
} from "./agreement-values";

/** Fields the case knows: shown from the case and saved as it stands, until signed (R10/R11). */
const fromCase = new Set(["citizenName", "coordinatorName", "teamMembers"]);
const textFields = new Set([
  "activationReason",
  "overallGoal",
  "goalReachedWhen",
  "alignmentWithCitizenGoal",
  "citizenGoal",
  "teamGoal",
  "citizenExpectations",
  "teamExpectations",
  "supervisor",
  "supervisionFunding",
]);

/** How long after the last keystroke a draft is saved by itself. */
export const AUTOSAVE_DELAY_MS = 2000;

/** "14.31" in Danish, "14:31" in English: the time in Denmark, where the team works. */
const clockFormats = {
  da: new Intl.DateTimeFormat("da-DK", {
    hour: "2-digit",
    minute: "2-digit",
    timeZone: DANISH_TIME_ZONE,
  }),
  en: new Intl.DateTimeFormat("en-GB", {
    hour: "2-digit",
    minute: "2-digit",
    timeZone: DANISH_TIME_ZONE,
  }),
};

type Frequency = { every: number; unit: "week" | "month"; note: string | null };
type Contact = {
  name: string;
  organisation: string | null;
  phone: string | null;
  email: string | null;
};

/**
 * R10/R11/R15: an agreement's draft as a form with every field of the seed's template, in
 * its order. Saved as a draft on the case (the latest unsigned version is replaced; after a
 * signature it becomes a new version) on demand, and by itself two seconds after the last
 * keystroke, said as "Gemt kl. 14.31" in a polite live region. If someone else saved
 * meanwhile, nothing is overwritten: the form keeps what was typed, names the fields they
 * changed, and saves by itself again only once the user has saved by hand.
 */
export function AgreementForm(props: {
  kind: AgreementKind;
  detail: CaseDetail;
  latest: AgreementVersionView | undefined;
  title: string;
  onSaved?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const commands = useCaseCommands();
  const organisations = useOrganisations();
  const language = i18n.language === "en" ? "en" : "da";
  // Named as the register names them, by the API (R10/R11): the paper template names, too.
  const prefill = props.detail.agreementPrefill[props.kind] as AgreementContent;
  const latestContent =
    props.latest?.content.shown === true
      ? (props.latest.content.content as AgreementContent)
      : null;
  const [content, setContent] = useState<AgreementContent>(() => ({
    ...prefill,
    ...(latestContent ?? {}),
  }));
  const [dirty, setDirty] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [conflict, setConflict] = useState<{ name: string; changes: FieldChange[] } | null>(null);
  // The saved content the form started from; a conflict is told against it.
  const base = useRef<{ savedAt: number; content: AgreementContent | null }>({
    savedAt: props.latest?.savedAt.getTime() ?? 0,
    content: latestContent,
  });
  const awaitingNewer = useRef(false);
  // Edits made, and how many of them the save in flight carries: typing on while a draft
  // is being saved leaves the form unsaved (and saved again), never marked saved.
  const edits = useRef(0);
  const sent = useRef<{ edits: number; content: AgreementContent; auto: boolean } | null>(null);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  useEffect(() => {
    if (!awaitingNewer.current || !props.latest) return;
    if (props.latest.savedAt.getTime() === base.current.savedAt) return;
    awaitingNewer.current = false;
    setConflict({
      name: props.latest.content.recordedBy.name ?? t("case.someone"),
      changes: latestContent
        ? agreementChanges(props.kind, base.current.content ?? {}, latestContent, t)
        : [],
    });
    base.current = { savedAt: props.latest.savedAt.getTime(), content: latestContent };
  }, [props.latest, latestContent, props.kind, t]);
  // Never lost: leaving the page (closing the tab, reloading) with unsaved text asks first.
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);
  const save = useMutation(
    trpc.agreements.saveAgreementDraft.mutationOptions({
      onSuccess: (result) => {
        const carried = sent.current;
        setDirty(carried === null || edits.current !== carried.edits);
        setConflict(null);
        setSavedAt(new Date());
        awaitingNewer.current = false;
        base.current = { savedAt: Number.POSITIVE_INFINITY, content: carried?.content ?? content };
        if (carried?.auto) {
          // Quietly: focus stays in the field being typed in; the case the command returned
          // is shown, so the next save carries its version.
          commands.show(result);
          return;
        }
        commands.done(t("agreements.saved", { version: draftVersion() }), result);
        props.onSaved?.();
      },
      onError: (error) => {
        if (errorCode(error) === "CONFLICT") awaitingNewer.current = true;
        setFailure(commands.failed(error));
      },
    }),
  );
  const draftVersion = () =>
    props.latest && props.latest.signatures.length === 0
      ? props.latest.version
      : (props.latest?.version ?? 0) + 1;
  const set = (key: string, value: unknown) => {
    setContent((now) => ({ ...now, [key]: value }));
    edits.current += 1;
    setDirty(true);
  };
  const members = props.detail.view.team.members;
  const contacts = (content.contactPersons as Contact[] | null | undefined) ?? [];
  const frequency = (content.meetingFrequency as Frequency | null | undefined) ?? null;
  const channels = (
    (content.communicationChannels as Array<{ channel: string; purpose: string | null }> | null) ??
    []
  )
    .map((c) => (c.purpose ? `${c.channel}: ${c.purpose}` : c.channel))
    .join("\n");
  const [channelText, setChannelText] = useState(channels);

  const submit = (auto: boolean) => {
    setFailure(null);
    const known = Object.fromEntries(
      agreementFields(props.kind)
        .filter((field) => fromCase.has(field.key))
        .map((field) => [field.key, prefill[field.key] ?? null]),
    );
    const communicationChannels = channelText
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => ({ channel: line, purpose: null }));
    const payload = { ...content, ...known, communicationChannels };
    sent.current = { edits: edits.current, content: payload, auto };
    save.mutate({
      caseId: commands.caseId,
      expectedVersion: commands.version,
      // The form's fields are the template's; the API checks them against the schema.
      payload: { kind: props.kind, content: payload } as never,
    });
  };
  // Saves by itself once typing pauses — not while a save is in flight, and not after a
  // conflict until the user has seen it and saved by hand (R10/R11: nothing overwritten).
  useEffect(() => {
    if (!dirty || save.isPending || conflict !== null || awaitingNewer.current) return;
    const timer = setTimeout(() => submit(true), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [content, channelText, dirty, save.isPending, conflict, commands.version]);

  return (
    <section aria-labelledby="agreement-form-title" className="panel no-print">
      <h2 id="agreement-form-title">
        {props.latest && props.latest.signatures.length > 0
          ? t("agreements.editNew", { version: props.latest.version + 1 })
          : t("agreements.editTitle")}
      </h2>
      <p>{t("agreements.editIntro")}</p>
      {conflict && (
        <div className="notice" role="alert">
          <h3>{t("agreements.conflictTitle", { name: conflict.name })}</h3>
          <p>{t("agreements.conflictText")}</p>
          <ul>
            {conflict.changes.map((change) => (
              <li key={change.key}>
                <strong>{change.label[language]}</strong>: »{change.after || "—"}«
              </li>
            ))}
          </ul>
          <p>{t("agreements.conflictAgain")}</p>
        </div>
      )}
      <StepError message={conflict ? null : failure} />
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit(false);
        }}
      >
        {agreementFields(props.kind).map((field) => {
          const id = `agreement-${field.key}`;
          const label = field.label[language];
          if (fromCase.has(field.key)) {
            return (
              <div className="field" key={field.key}>
                <p className="label" id={id} tabIndex={-1}>
                  <strong>{label}</strong>
                </p>
                <p className="hint">{t("agreements.fromCase")}</p>
                <p className="minutes agreement-known">
                  {fieldText(field.key, prefill[field.key], t) || "—"}
                </p>
              </div>
            );
          }
          if (textFields.has(field.key)) {
            if (
              (field.key === "supervisor" || field.key === "supervisionFunding") &&
              content.supervision !== true
            ) {
              return null;
            }
            return (
              <div className="field" key={field.key}>
                <label htmlFor={id}>{label}</label>
                <textarea
                  id={id}
                  rows={3}
                  value={(content[field.key] as string | null | undefined) ?? ""}
                  onChange={(event) => set(field.key, event.target.value)}
                />
              </div>
            );
          }
          if (field.key === "supervision") {
            return (
              <fieldset key={field.key}>
                <legend>{label}</legend>
                {[true, false].map((value) => (
                  <label key={String(value)} className="choice" htmlFor={value ? id : `${id}-no`}>
                    <input
                      type="radio"
                      name="agreement-supervision"
                      id={value ? id : `${id}-no`}
                      checked={content.supervision === value}
                      onChange={() => set("supervision", value)}
                    />
                    {t(value ? "agreements.yes" : "agreements.no")}
                  </label>
                ))}
              </fieldset>
            );
          }
          if (field.key === "meetingFrequency") {
            return (
              <fieldset key={field.key}>
                <legend>{label}</legend>
                <div className="inline-fields">
                  <div className="field">
                    <label htmlFor={id}>{t("agreements.every")}</label>
                    <input
                      id={id}
                      inputMode="numeric"
                      maxLength={2}
                      value={frequency ? String(frequency.every) : ""}
                      onChange={(event) => {
                        const every = Number.parseInt(event.target.value, 10);
                        set(
                          "meetingFrequency",
                          Number.isInteger(every) && every >= 1 && every <= 52
                            ? {
                                every,
                                unit: frequency?.unit ?? "month",
                                note: frequency?.note ?? null,
                              }
                            : null,
                        );
                      }}
                    />
                  </div>
                  <div className="field">
                    <label htmlFor={`${id}-unit`}>{t("agreements.unit")}</label>
                    <select
                      id={`${id}-unit`}
                      value={frequency?.unit ?? "month"}
                      onChange={(event) =>
                        set("meetingFrequency", {
                          every: frequency?.every ?? 1,
                          unit: event.target.value as "week" | "month",
                          note: frequency?.note ?? null,
                        })
                      }
                    >
                      <option value="week">{t("agreements.units.week")}</option>
                      <option value="month">{t("agreements.units.month")}</option>
                    </select>
                  </div>
                </div>
              </fieldset>
            );
          }
          if (field.key === "contactPersons") {
            return (
              <fieldset key={field.key}>
                <legend>{label}</legend>
                <p className="hint">{t("agreements.contactHint")}</p>
                {members.map((member, index) => {
                  const checked = contacts.some((c) => c.name === member.name);
                  return (
                    <label
                      key={member.personId}
                      className="choice"
                      htmlFor={index === 0 ? id : `${id}-${member.personId}`}
                    >
                      <input
                        type="checkbox"
                        id={index === 0 ? id : `${id}-${member.personId}`}
                        checked={checked}
                        onChange={(event) =>
                          set(
                            "contactPersons",
                            event.target.checked
                              ? [
                                  ...contacts,
                                  {
                                    name: member.name,
                                    organisation: organisations.name(member.organisationId),
                                    phone: member.contact.phone,
                                    email: member.contact.email,
                                  },
                                ]
                              : contacts.filter((c) => c.name !== member.name),
                          )
                        }
                      />
                      {member.name} – {member.role}, {organisations.name(member.organisationId)}
                    </label>
                  );
                })}
              </fieldset>
            );
          }
          if (field.key === "communicationChannels") {
            return (
              <div className="field" key={field.key}>
                <label htmlFor={id}>{label}</label>
                <p className="hint" id={`${id}-hint`}>
                  {t("agreements.channelsHint")}
                </p>
                <textarea
                  id={id}
                  rows={3}
                  aria-describedby={`${id}-hint`}
                  value={channelText}
                  onChange={(event) => {
                    setChannelText(event.target.value);
                    edits.current += 1;
                    setDirty(true);
                  }}
                />
              </div>
            );
          }
          return null;
        })}
        {dirty && <p className="muted">{t("agreements.unsaved")}</p>}
        <p role="status" aria-live="polite" className="muted">
          {savedAt &&
            !dirty &&
            t("agreements.autoSavedAt", { time: clockFormats[language].format(savedAt) })}
        </p>
        <button type="submit" disabled={save.isPending}>
          {t("agreements.save")}
        </button>
      </form>
    </section>
  );
}
