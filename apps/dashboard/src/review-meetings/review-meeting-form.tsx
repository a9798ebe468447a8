import type { RouterOutputs } from "@samstemt/api";
import { errorMessage, unitAndOrganisation, useTRPC } from "@samstemt/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { quarterName } from "../quarter-review/format";
import { useUrlState } from "../url-state";
import {
  DateFields,
  type DateParts,
  ErrorSummary,
  type FieldError,
  FieldMessage,
  formatIsoDate,
  isDate,
} from "./form-parts";
import { type CheckRow, ReviewMeetingCheck } from "./review-meeting-check";

type ListData = RouterOutputs["dashboard"]["reviewMeetings"]["list"];
interface FollowUpDraft {
  key: number;
  description: string;
  ownerName: string;
  dueOn: DateParts;
}

const emptyDate: DateParts = { day: "", month: "", year: "" };

/** "8", "10", "2026" → "2026-10-08" (checked by isDate first). */
const isoOf = (parts: DateParts) =>
  `${parts.year.trim()}-${parts.month.trim().padStart(2, "0")}-${parts.day.trim().padStart(2, "0")}`;

/**
 * R12: record a leaders' meeting — when, who, the decisions on supervision, evaluation and
 * other needs, new follow-ups with owner and due date, and which open ones are done. A valid
 * form goes to a check-your-answers step (DKFDS) before it is saved; "Ret" comes back to the
 * field with everything typed kept.
 */
export function ReviewMeetingForm(props: { data: ListData; quarters: string[]; meId: string }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [, navigate] = useUrlState();
  const [quarter, setQuarter] = useState(props.quarters[1] ?? props.quarters[0] ?? "");
  const [heldOn, setHeldOn] = useState<DateParts>(emptyDate);
  const [participants, setParticipants] = useState<string[]>([props.meId]);
  const [supervision, setSupervision] = useState("");
  const [evaluation, setEvaluation] = useState("");
  const [other, setOther] = useState("");
  const [followUps, setFollowUps] = useState<FollowUpDraft[]>([]);
  const [closing, setClosing] = useState<string[]>([]);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [checking, setChecking] = useState(false);
  const [focusField, setFocusField] = useState<string | null>(null);
  const checkHeading = useRef<HTMLHeadingElement>(null);
  // Focus follows the step: the check's heading, or the field "Ret" came back to.
  useEffect(() => {
    if (checking) checkHeading.current?.focus();
    else if (focusField) {
      document.getElementById(focusField)?.focus();
      setFocusField(null);
    }
  }, [checking, focusField]);
  const record = useMutation(
    trpc.dashboard.reviewMeetings.record.mutationOptions({
      onSuccess: async ({ meetingId }) => {
        await queryClient.invalidateQueries(trpc.dashboard.reviewMeetings.pathFilter());
        navigate({ meeting: meetingId });
      },
    }),
  );
  const errorFor = (fieldId: string) => errors.find((e) => e.fieldId === fieldId)?.message;
  const toggle = (list: string[], id: string, on: boolean) =>
    on ? [...new Set([...list, id])] : list.filter((x) => x !== id);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!isDate(heldOn)) found.push({ fieldId: "held-on", message: t("meetings.errors.heldOn") });
    if (!supervision.trim())
      found.push({ fieldId: "supervision", message: t("meetings.errors.supervision") });
    if (!evaluation.trim())
      found.push({ fieldId: "evaluation", message: t("meetings.errors.evaluation") });
    followUps.forEach((f, index) => {
      const n = index + 1;
      if (!f.description.trim()) {
        found.push({
          fieldId: `follow-up-${f.key}-description`,
          message: t("meetings.errors.description", { n }),
        });
      }
      if (!f.ownerName.trim()) {
        found.push({
          fieldId: `follow-up-${f.key}-owner`,
          message: t("meetings.errors.owner", { n }),
        });
      }
      if (!isDate(f.dueOn)) {
        found.push({ fieldId: `follow-up-${f.key}-due`, message: t("meetings.errors.due", { n }) });
      }
    });
    setErrors(found);
    setAttempt((a) => a + 1);
    if (found.length > 0) return;
    record.reset();
    setChecking(true);
  };

  const save = () => {
    record.mutate({
      quarter,
      heldOn,
      participantIds: participants,
      supervisionDecision: supervision,
      evaluationDecision: evaluation,
      otherDecisions: other,
      followUps: followUps.map((f) => ({
        description: f.description,
        ownerName: f.ownerName,
        dueOn: f.dueOn,
      })),
      closeFollowUpIds: closing,
    });
  };

  if (checking) {
    const none = t("meetings.none");
    const date = (parts: DateParts) => formatIsoDate(isoOf(parts), i18n.language);
    const firstOther = props.data.leaders.find((l) => l.personId !== props.meId);
    const closed = props.data.openFollowUps.filter((f) => closing.includes(f.id));
    const text = (value: string) => <span className="pre-line">{value.trim() || none}</span>;
    const rows: CheckRow[] = [
      {
        fieldId: "meeting-quarter",
        label: t("meetings.quarter"),
        value: quarterName(quarter, i18n.language),
      },
      { fieldId: "held-on", label: t("meetings.heldOn"), value: date(heldOn) },
      {
        fieldId: firstOther ? `participant-${firstOther.personId}` : "meeting-quarter",
        label: t("meetings.participants"),
        value: (
          <ul className="plain-list">
            {props.data.leaders
              .filter((l) => participants.includes(l.personId))
              .map((l) => (
                <li key={l.personId}>
                  {l.name}, {unitAndOrganisation(l.unitName, l.organisationName)}
                </li>
              ))}
          </ul>
        ),
      },
      { fieldId: "supervision", label: t("meetings.supervision"), value: text(supervision) },
      { fieldId: "evaluation", label: t("meetings.evaluation"), value: text(evaluation) },
      { fieldId: "other", label: t("meetings.other"), value: text(other) },
      ...(props.data.openFollowUps.length > 0
        ? [
            {
              fieldId: `close-${props.data.openFollowUps[0]?.id}`,
              label: t("meetings.closes"),
              value:
                closed.length === 0 ? (
                  none
                ) : (
                  <ul className="plain-list">
                    {closed.map((f) => (
                      <li key={f.id}>{f.description}</li>
                    ))}
                  </ul>
                ),
            },
          ]
        : []),
      {
        fieldId: followUps[0] ? `follow-up-${followUps[0].key}-description` : "add-follow-up",
        label: t("meetings.newFollowUps"),
        value:
          followUps.length === 0 ? (
            none
          ) : (
            <ul className="plain-list">
              {followUps.map((f) => (
                <li key={f.key}>
                  {t("meetings.followUpValue", {
                    description: f.description.trim(),
                    owner: f.ownerName.trim(),
                    due: date(f.dueOn),
                  })}
                </li>
              ))}
            </ul>
          ),
      },
    ];
    return (
      <ReviewMeetingCheck
        rows={rows}
        headingRef={checkHeading}
        busy={record.isPending}
        error={
          record.isError && (
            <p className="error" role="alert">
              {errorMessage(record.error, i18n.language)}
            </p>
          )
        }
        onEdit={(fieldId) => {
          setChecking(false);
          setFocusField(fieldId);
        }}
        onSave={save}
      />
    );
  }

  const byOrganisation = new Map<string, ListData["leaders"]>();
  for (const leader of props.data.leaders) {
    byOrganisation.set(leader.organisationName, [
      ...(byOrganisation.get(leader.organisationName) ?? []),
      leader,
    ]);
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      className="review-meeting-form"
      aria-labelledby="record-heading"
    >
      <ErrorSummary errors={errors} attempt={attempt} />
      <h2 id="record-heading">{t("meetings.recordHeading")}</h2>
      <div className="field">
        <label htmlFor="meeting-quarter">{t("meetings.quarter")}</label>
        <select id="meeting-quarter" value={quarter} onChange={(e) => setQuarter(e.target.value)}>
          {props.quarters.map((q) => (
            <option key={q} value={q}>
              {quarterName(q, i18n.language)}
            </option>
          ))}
        </select>
      </div>
      <DateFields
        id="held-on"
        legend={t("meetings.heldOn")}
        value={heldOn}
        onChange={setHeldOn}
        error={errorFor("held-on")}
      />
      <fieldset>
        <legend>{t("meetings.participants")}</legend>
        {[...byOrganisation.entries()].map(([organisation, leaders]) => (
          <div key={organisation} className="participant-group">
            <p className="hint">{organisation}</p>
            {leaders.map((leader) => (
              <div className="choice" key={leader.personId}>
                <input
                  type="checkbox"
                  id={`participant-${leader.personId}`}
                  checked={participants.includes(leader.personId)}
                  disabled={leader.personId === props.meId}
                  onChange={(e) =>
                    setParticipants(toggle(participants, leader.personId, e.target.checked))
                  }
                />
                <label htmlFor={`participant-${leader.personId}`}>
                  {leader.name}, {leader.unitName}
                </label>
              </div>
            ))}
          </div>
        ))}
      </fieldset>
      {(
        [
          ["supervision", supervision, setSupervision],
          ["evaluation", evaluation, setEvaluation],
          ["other", other, setOther],
        ] as const
      ).map(([key, value, set]) => (
        <div className="field" key={key}>
          <label htmlFor={key}>{t(`meetings.${key}`)}</label>
          <FieldMessage id={`${key}-error`} message={errorFor(key)} />
          <textarea
            id={key}
            rows={3}
            value={value}
            aria-invalid={errorFor(key) ? true : undefined}
            aria-describedby={errorFor(key) ? `${key}-error` : undefined}
            onChange={(e) => set(e.target.value)}
          />
        </div>
      ))}
      {props.data.openFollowUps.length > 0 && (
        <fieldset>
          <legend>{t("meetings.closeOpen")}</legend>
          {props.data.openFollowUps.map((f) => (
            <div className="choice" key={f.id}>
              <input
                type="checkbox"
                id={`close-${f.id}`}
                checked={closing.includes(f.id)}
                onChange={(e) => setClosing(toggle(closing, f.id, e.target.checked))}
              />
              <label htmlFor={`close-${f.id}`}>
                {t("meetings.closeLabel", {
                  description: f.description,
                  owner: f.ownerName,
                  due: formatIsoDate(f.dueOn, i18n.language),
                })}
              </label>
            </div>
          ))}
        </fieldset>
      )}
      <h3>{t("meetings.newFollowUps")}</h3>
      {followUps.map((f, index) => (
        <fieldset key={f.key} className="follow-up">
          <legend>{t("meetings.followUpN", { n: index + 1 })}</legend>
          <div className="field">
            <label htmlFor={`follow-up-${f.key}-description`}>{t("meetings.description")}</label>
            <FieldMessage
              id={`follow-up-${f.key}-description-error`}
              message={errorFor(`follow-up-${f.key}-description`)}
            />
            <input
              id={`follow-up-${f.key}-description`}
              value={f.description}
              onChange={(e) =>
                setFollowUps(
                  followUps.map((x) =>
                    x.key === f.key ? { ...x, description: e.target.value } : x,
                  ),
                )
              }
            />
          </div>
          <div className="field">
            <label htmlFor={`follow-up-${f.key}-owner`}>{t("meetings.owner")}</label>
            <FieldMessage
              id={`follow-up-${f.key}-owner-error`}
              message={errorFor(`follow-up-${f.key}-owner`)}
            />
            <input
              id={`follow-up-${f.key}-owner`}
              value={f.ownerName}
              onChange={(e) =>
                setFollowUps(
                  followUps.map((x) => (x.key === f.key ? { ...x, ownerName: e.target.value } : x)),
                )
              }
            />
          </div>
          <DateFields
            id={`follow-up-${f.key}-due`}
            legend={t("meetings.due")}
            value={f.dueOn}
            error={errorFor(`follow-up-${f.key}-due`)}
            onChange={(dueOn) =>
              setFollowUps(followUps.map((x) => (x.key === f.key ? { ...x, dueOn } : x)))
            }
          />
          <button
            type="button"
            className="link-button"
            onClick={() => setFollowUps(followUps.filter((x) => x.key !== f.key))}
          >
            {t("meetings.removeFollowUp", { n: index + 1 })}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        id="add-follow-up"
        className="link-button"
        onClick={() =>
          setFollowUps([
            ...followUps,
            { key: Date.now(), description: "", ownerName: "", dueOn: emptyDate },
          ])
        }
      >
        {t("meetings.addFollowUp")}
      </button>
      <div className="actions">
        <button type="submit">{t("meetings.continue")}</button>
      </div>
    </form>
  );
}
