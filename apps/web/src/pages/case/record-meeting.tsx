import { type MeetingKind, meetingKinds } from "@samstemt/domain";
import {
  civilDate,
  type DateParts,
  danishInstant,
  parseTime,
  todayParts,
  useTRPC,
} from "@samstemt/ui";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Confirm, StepError } from "../../components/confirm";
import { DateFields } from "../../components/date-fields";
import { ErrorSummary, type FieldError, FieldMessage } from "../../components/error-summary";
import { useFormat } from "../../components/format";
import { useCaseCommands } from "./case-command";
import type { CaseView } from "./case-types";

const UNPLANNED = "unplanned";

/**
 * R7/R8/R9: a team member records that a meeting was held — when, who attended, whether
 * the citizen was there — with the coordinator's decision minutes. A held meeting cannot
 * be recorded again, so it asks first. The first held collaboration meeting meets R9.
 */
export function RecordMeeting({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const format = useFormat();
  const commands = useCaseCommands();
  const planned = view.meetings.filter((m) => m.status === "scheduled");
  const [meetingId, setMeetingId] = useState(planned[0]?.meetingId ?? UNPLANNED);
  const [kind, setKind] = useState<MeetingKind>("collaboration");
  const [date, setDate] = useState<DateParts>(todayParts);
  const [time, setTime] = useState("");
  const [citizenPresent, setCitizenPresent] = useState<"yes" | "no" | "">("");
  const [attendees, setAttendees] = useState<string[]>([]);
  const [minutes, setMinutes] = useState("");
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const record = useMutation(
    trpc.meetings.recordMeetingHeld.mutationOptions({
      onSuccess: () => {
        // The record is on the page now; the form starts afresh for the next meeting.
        setConfirming(false);
        setTime("");
        setCitizenPresent("");
        setAttendees([]);
        setMinutes("");
        setMeetingId(UNPLANNED);
        commands.done(t("meetings.recorded"));
      },
      onError: (error) => {
        setConfirming(false);
        setFailure(commands.failed(error));
      },
    }),
  );
  const plannedMeeting = planned.find((m) => m.meetingId === meetingId);
  const effectiveKind = plannedMeeting?.kind ?? kind;
  const error = (id: string) => errors.find((e) => e.fieldId === id)?.message;

  const check = () => {
    const day = civilDate(date);
    const clock = parseTime(time);
    const found: FieldError[] = [];
    if (!day) found.push({ fieldId: "held-date", message: t("meetings.errors.date") });
    if (!clock) found.push({ fieldId: "held-time", message: t("meetings.errors.time") });
    const at = day && clock ? danishInstant(day, clock.hour, clock.minute) : null;
    if (at && at.getTime() > Date.now())
      found.push({ fieldId: "held-date", message: t("meetings.errors.future") });
    if (effectiveKind === "collaboration" && !citizenPresent) {
      found.push({ fieldId: "citizen-present-yes", message: t("meetings.errors.citizenPresent") });
    }
    if (!minutes.trim()) found.push({ fieldId: "minutes", message: t("meetings.errors.minutes") });
    setErrors(found);
    setAttempt((n) => n + 1);
    return found.length === 0 ? at : null;
  };

  return (
    <section aria-labelledby="record-title" className="panel">
      <ErrorSummary errors={errors} attempt={attempt} />
      <h2 id="record-title">{t("meetings.recordTitle")}</h2>
      <StepError message={failure} />
      <form noValidate onSubmit={(event) => event.preventDefault()}>
        <label htmlFor="held-meeting">{t("meetings.which")}</label>
        <select
          id="held-meeting"
          value={meetingId}
          onChange={(event) => {
            setMeetingId(event.target.value);
            const chosen = planned.find((m) => m.meetingId === event.target.value);
            if (chosen?.kind === "preparatory") setCitizenPresent("no");
          }}
        >
          {planned.map((m) => (
            <option key={m.meetingId} value={m.meetingId}>
              {`${t(`meetingKind.${m.kind}`)}, ${m.scheduledFor ? format.dateTime(m.scheduledFor) : ""}`}
            </option>
          ))}
          <option value={UNPLANNED}>{t("meetings.unplanned")}</option>
        </select>
        {!plannedMeeting && (
          <fieldset>
            <legend>{t("meetings.kind")}</legend>
            {meetingKinds.map((k) => (
              <label key={k} className="choice" htmlFor={`held-kind-${k}`}>
                <input
                  type="radio"
                  name="held-kind"
                  id={`held-kind-${k}`}
                  checked={kind === k}
                  onChange={() => setKind(k)}
                />
                {t(`meetingKind.${k}`)}
              </label>
            ))}
          </fieldset>
        )}
        <DateFields
          id="held-date"
          legend={t("meetings.heldDate")}
          value={date}
          onChange={setDate}
          error={error("held-date")}
        />
        <div className={error("held-time") ? "field field-error" : "field"}>
          <label htmlFor="held-time">{t("meetings.time")}</label>
          <p id="held-time-hint" className="hint">
            {t("meetings.timeHint")}
          </p>
          <FieldMessage id="held-time-error" message={error("held-time")} />
          <input
            id="held-time"
            inputMode="numeric"
            maxLength={5}
            value={time}
            aria-invalid={error("held-time") ? true : undefined}
            aria-describedby={`held-time-hint${error("held-time") ? " held-time-error" : ""}`}
            onChange={(event) => setTime(event.target.value)}
          />
        </div>
        {effectiveKind === "collaboration" && (
          <fieldset className={error("citizen-present-yes") ? "field-error" : undefined}>
            <legend>{t("meetings.wasCitizenThere")}</legend>
            <FieldMessage id="citizen-present-error" message={error("citizen-present-yes")} />
            {(["yes", "no"] as const).map((answer) => (
              <label key={answer} className="choice" htmlFor={`citizen-present-${answer}`}>
                <input
                  type="radio"
                  name="citizen-present"
                  id={`citizen-present-${answer}`}
                  checked={citizenPresent === answer}
                  onChange={() => setCitizenPresent(answer)}
                />
                {t(`meetings.${answer}`)}
              </label>
            ))}
          </fieldset>
        )}
        <fieldset>
          <legend>{t("meetings.whoAttended")}</legend>
          {view.team.members.map((member) => (
            <label key={member.personId} className="choice" htmlFor={`attendee-${member.personId}`}>
              <input
                type="checkbox"
                id={`attendee-${member.personId}`}
                checked={attendees.includes(member.personId)}
                onChange={(event) =>
                  setAttendees(
                    event.target.checked
                      ? [...attendees, member.personId]
                      : attendees.filter((id) => id !== member.personId),
                  )
                }
              />
              {member.name}
            </label>
          ))}
        </fieldset>
        <div className={error("minutes") ? "field field-error" : "field"}>
          <label htmlFor="minutes">{t("meetings.minutes")}</label>
          <p id="minutes-hint" className="hint">
            {t("meetings.minutesHint")}
          </p>
          <FieldMessage id="minutes-error" message={error("minutes")} />
          <textarea
            id="minutes"
            rows={6}
            value={minutes}
            aria-invalid={error("minutes") ? true : undefined}
            aria-describedby={`minutes-hint${error("minutes") ? " minutes-error" : ""}`}
            onChange={(event) => setMinutes(event.target.value)}
          />
        </div>
        {confirming ? (
          <Confirm
            question={t("meetings.confirm")}
            confirmLabel={t("meetings.yesRecord")}
            busy={record.isPending}
            onCancel={() => setConfirming(false)}
            onConfirm={() => {
              const at = check();
              if (!at) {
                setConfirming(false);
                return;
              }
              setFailure(null);
              record.mutate({
                caseId: commands.caseId,
                expectedVersion: commands.version,
                payload: {
                  meetingId: plannedMeeting ? meetingId : crypto.randomUUID(),
                  kind: effectiveKind,
                  heldAt: at,
                  citizenPresent: effectiveKind === "collaboration" && citizenPresent === "yes",
                  attendeePersonIds: attendees,
                  decisionMinutes: minutes.trim(),
                },
              });
            }}
          />
        ) : (
          <button type="button" onClick={() => check() && setConfirming(true)}>
            {t("meetings.record")}
          </button>
        )}
      </form>
    </section>
  );
}
