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
import { StepError } from "../../components/confirm";
import { DateFields } from "../../components/date-fields";
import { ErrorSummary, type FieldError, FieldMessage } from "../../components/error-summary";
import { useCaseCommands } from "./case-command";

/**
 * R7/R8: the coordinator plans a collaboration meeting (the citizen is invited) or a
 * preparatory meeting (without the citizen): kind, day and time. R9: only a held
 * collaboration meeting meets the deadline.
 */
export function ScheduleMeeting() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const commands = useCaseCommands();
  const [kind, setKind] = useState<MeetingKind>("collaboration");
  const [date, setDate] = useState<DateParts>(todayParts);
  const [time, setTime] = useState("");
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const schedule = useMutation(
    trpc.meetings.scheduleMeeting.mutationOptions({
      onSuccess: () => {
        setTime("");
        commands.done(t("meetings.scheduled"));
      },
      onError: (error) => setFailure(commands.failed(error)),
    }),
  );
  const error = (id: string) => errors.find((e) => e.fieldId === id)?.message;
  return (
    <section aria-labelledby="schedule-title" className="panel">
      <ErrorSummary errors={errors} attempt={attempt} />
      <h2 id="schedule-title">{t("meetings.scheduleTitle")}</h2>
      <StepError message={failure} />
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const day = civilDate(date);
          const clock = parseTime(time);
          const found: FieldError[] = [];
          if (!day) found.push({ fieldId: "meeting-date", message: t("meetings.errors.date") });
          if (!clock) found.push({ fieldId: "meeting-time", message: t("meetings.errors.time") });
          const at = day && clock ? danishInstant(day, clock.hour, clock.minute) : null;
          if (at && at.getTime() < Date.now()) {
            found.push({ fieldId: "meeting-date", message: t("meetings.errors.past") });
          }
          setErrors(found);
          setAttempt((n) => n + 1);
          if (found.length > 0 || !at) return;
          setFailure(null);
          schedule.mutate({
            caseId: commands.caseId,
            expectedVersion: commands.version,
            payload: { meetingId: crypto.randomUUID(), kind, scheduledFor: at },
          });
        }}
      >
        <fieldset>
          <legend>{t("meetings.kind")}</legend>
          {meetingKinds.map((k) => (
            <label key={k} className="choice" htmlFor={`schedule-kind-${k}`}>
              <input
                type="radio"
                name="schedule-kind"
                id={`schedule-kind-${k}`}
                checked={kind === k}
                onChange={() => setKind(k)}
              />
              {t(`meetingKind.${k}`)} – {t(`meetings.kindHint.${k}`)}
            </label>
          ))}
        </fieldset>
        <DateFields
          id="meeting-date"
          legend={t("meetings.date")}
          value={date}
          onChange={setDate}
          error={error("meeting-date")}
        />
        <div className={error("meeting-time") ? "field field-error" : "field"}>
          <label htmlFor="meeting-time">{t("meetings.time")}</label>
          <p id="meeting-time-hint" className="hint">
            {t("meetings.timeHint")}
          </p>
          <FieldMessage id="meeting-time-error" message={error("meeting-time")} />
          <input
            id="meeting-time"
            inputMode="numeric"
            maxLength={5}
            value={time}
            aria-invalid={error("meeting-time") ? true : undefined}
            aria-describedby={`meeting-time-hint${error("meeting-time") ? " meeting-time-error" : ""}`}
            onChange={(event) => setTime(event.target.value)}
          />
        </div>
        <button type="submit" disabled={schedule.isPending}>
          {t("meetings.schedule")}
        </button>
      </form>
    </section>
  );
}
