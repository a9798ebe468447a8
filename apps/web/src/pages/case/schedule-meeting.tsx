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
import { AboutRule } from "../../components/about-rule";
import { ChoiceList } from "../../components/choice-list";
import { StepError } from "../../components/confirm";
import { DateFields } from "../../components/date-fields";
import { ErrorSummary, type FieldError } from "../../components/error-summary";
import { TextField } from "../../components/text-field";
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
      onSuccess: (result) => {
        setTime("");
        setPlace("");
        setVideoLink("");
        setInvited([]);
        commands.done(t("meetings.scheduled"), result);
      },
      onError: (error) => setFailure(commands.failed(error)),
    }),
  );
  const error = (id: string) => errors.find((e) => e.fieldId === id)?.message;
  return (
    <section aria-labelledby="schedule-title" className="panel">
      <ErrorSummary errors={errors} attempt={attempt} />
      <h2 id="schedule-title">{t("meetings.scheduleTitle")}</h2>
      <AboutRule rule="R8" />
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
        <ChoiceList
          type="radio"
          name="schedule-kind"
          legend={t("meetings.kind")}
          options={meetingKinds.map((k) => ({
            value: k,
            label: `${t(`meetingKind.${k}`)} – ${t(`meetings.kindHint.${k}`)}`,
          }))}
          chosen={[kind]}
          onChange={([k]) => k && setKind(k)}
        />
        <DateFields
          id="meeting-date"
          legend={t("meetings.date")}
          value={date}
          onChange={setDate}
          error={error("meeting-date")}
        />
        <TextField
          id="meeting-time"
          label={t("meetings.time")}
          hint={t("meetings.timeHint")}
          error={error("meeting-time")}
          inputMode="numeric"
          maxLength={5}
          value={time}
          onChange={setTime}
        />
        <TextField
          id="meeting-place"
          label={t("meetings.place")}
          hint={t("meetings.placeHint")}
          error={error("meeting-place")}
          maxLength={300}
          value={place}
          onChange={setPlace}
        />
        <TextField
          id="meeting-video-link"
          label={t("meetings.videoLink")}
          hint={t("meetings.videoLinkHint")}
          error={error("meeting-video-link")}
          type="url"
          inputMode="url"
          maxLength={2000}
          value={videoLink}
          onChange={setVideoLink}
        />
        <ChoiceList
          type="checkbox"
          name="invited"
          legend={t("meetings.whoInvited")}
          hint={t("meetings.whoInvitedHint")}
          options={view.team.members.map((m) => ({ value: m.personId, label: m.name }))}
          chosen={invited}
          onChange={setInvited}
        />
        <button type="submit" disabled={schedule.isPending}>
          {t("meetings.schedule")}
        </button>
      </form>
    </section>
  );
}
