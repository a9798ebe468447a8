import {
  type MeetingKind,
  MeetingPlaceSchema,
  MeetingVideoLinkSchema,
  meetingKinds,
} from "@samstemt/domain";
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
import type { CaseView } from "./case-types";

/**
 * R7/R8: the coordinator plans a collaboration meeting (the citizen is invited) or a
 * preparatory meeting (without the citizen): kind, day and time, where (a place, a video
 * link or both) and which team members are invited. R9: only a held collaboration meeting
 * meets the deadline.
 */
export function ScheduleMeeting({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const commands = useCaseCommands();
  const [kind, setKind] = useState<MeetingKind>("collaboration");
  const [date, setDate] = useState<DateParts>(todayParts);
  const [time, setTime] = useState("");
  const [place, setPlace] = useState("");
  const [videoLink, setVideoLink] = useState("");
  const [invited, setInvited] = useState<string[]>([]);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const schedule = useMutation(
    trpc.meetings.scheduleMeeting.mutationOptions({
      onSuccess: () => {
        setTime("");
        setPlace("");
        setVideoLink("");
        setInvited([]);
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
          // The domain's own rules, so the page says what the API would refuse.
          if (!MeetingPlaceSchema.safeParse(place).success) {
            found.push({ fieldId: "meeting-place", message: t("meetings.errors.place") });
          }
          if (!MeetingVideoLinkSchema.safeParse(videoLink).success) {
            found.push({ fieldId: "meeting-video-link", message: t("meetings.errors.videoLink") });
          }
          setErrors(found);
          setAttempt((n) => n + 1);
          if (found.length > 0 || !at) return;
          setFailure(null);
          schedule.mutate({
            caseId: commands.caseId,
            expectedVersion: commands.version,
            payload: {
              meetingId: crypto.randomUUID(),
              kind,
              scheduledFor: at,
              place,
              videoLink,
              // Only those still on the team: a member may have left since they were ticked.
              invitedPersonIds: invited.filter((id) =>
                view.team.members.some((m) => m.personId === id),
              ),
            },
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
        <div className={error("meeting-place") ? "field field-error" : "field"}>
          <label htmlFor="meeting-place">{t("meetings.place")}</label>
          <p id="meeting-place-hint" className="hint">
            {t("meetings.placeHint")}
          </p>
          <FieldMessage id="meeting-place-error" message={error("meeting-place")} />
          <input
            id="meeting-place"
            maxLength={300}
            value={place}
            aria-invalid={error("meeting-place") ? true : undefined}
            aria-describedby={`meeting-place-hint${error("meeting-place") ? " meeting-place-error" : ""}`}
            onChange={(event) => setPlace(event.target.value)}
          />
        </div>
        <div className={error("meeting-video-link") ? "field field-error" : "field"}>
          <label htmlFor="meeting-video-link">{t("meetings.videoLink")}</label>
          <p id="meeting-video-link-hint" className="hint">
            {t("meetings.videoLinkHint")}
          </p>
          <FieldMessage id="meeting-video-link-error" message={error("meeting-video-link")} />
          <input
            id="meeting-video-link"
            type="url"
            inputMode="url"
            maxLength={2000}
            value={videoLink}
            aria-invalid={error("meeting-video-link") ? true : undefined}
            aria-describedby={`meeting-video-link-hint${error("meeting-video-link") ? " meeting-video-link-error" : ""}`}
            onChange={(event) => setVideoLink(event.target.value)}
          />
        </div>
        <fieldset>
          <legend>{t("meetings.whoInvited")}</legend>
          <p className="hint">{t("meetings.whoInvitedHint")}</p>
          {view.team.members.map((member) => (
            <label key={member.personId} className="choice" htmlFor={`invited-${member.personId}`}>
              <input
                type="checkbox"
                id={`invited-${member.personId}`}
                checked={invited.includes(member.personId)}
                onChange={(event) =>
                  setInvited(
                    event.target.checked
                      ? [...invited, member.personId]
                      : invited.filter((id) => id !== member.personId),
                  )
                }
              />
              {member.name}
            </label>
          ))}
        </fieldset>
        <button type="submit" disabled={schedule.isPending}>
          {t("meetings.schedule")}
        </button>
      </form>
    </section>
  );
}
