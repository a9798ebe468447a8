import {
  DANISH_TIME_ZONE,
  type MeetingKind,
  MeetingPlaceSchema,
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
import { ChoiceList } from "../../components/choice-list";
import { Confirm, StepError } from "../../components/confirm";
import { DateFields } from "../../components/date-fields";
import { ErrorSummary, type FieldError } from "../../components/error-summary";
import { useFormat } from "../../components/format";
import { TextField } from "../../components/text-field";
import { useCaseCommands } from "./case-command";
import type { CaseView } from "./case-types";

const UNPLANNED = "unplanned";
type PlannedMeeting = CaseView["meetings"][number];

const danishClock = new Intl.DateTimeFormat("en-GB", {
  timeZone: DANISH_TIME_ZONE,
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});
/** "14.30" in Danish time, as the time field is written. */
const clockText = (at: Date) => danishClock.format(at).replace(":", ".");

/**
 * What the form starts from for a planned meeting: its date, time, place and the members
 * invited (those still in the team) — the person recording corrects what went otherwise.
 * Without a plan: today, and nothing else.
 */
function prefillFrom(meeting: PlannedMeeting | undefined, memberIds: readonly string[]) {
  const at = meeting?.scheduledFor ?? null;
  return {
    date: at ? todayParts(at) : todayParts(),
    time: at ? clockText(at) : "",
    place: meeting?.place ?? "",
    attendees: (meeting?.invitedPersonIds ?? []).filter((id) => memberIds.includes(id)),
    citizenPresent: (meeting?.kind === "preparatory" ? "no" : "") as "yes" | "no" | "",
  };
}

/**
 * The planned meeting the form offers first: the earliest whose time has come (it is the
 * one waiting to be recorded), else the next one.
 */
function firstToRecord(planned: readonly PlannedMeeting[], now: number) {
  return planned.find((m) => m.scheduledFor && m.scheduledFor.getTime() <= now) ?? planned[0];
}

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
  const planned = view.meetings
    .filter((m) => m.status === "scheduled")
    .sort((a, b) => (a.scheduledFor?.getTime() ?? 0) - (b.scheduledFor?.getTime() ?? 0));
  const memberIds = view.team.members.map((m) => m.personId);
  const [initial] = useState(() => {
    const first = firstToRecord(planned, Date.now());
    return { meetingId: first?.meetingId ?? UNPLANNED, ...prefillFrom(first, memberIds) };
  });
  const [meetingId, setMeetingId] = useState(initial.meetingId);
  const [kind, setKind] = useState<MeetingKind>("collaboration");
  const [date, setDate] = useState<DateParts>(initial.date);
  const [time, setTime] = useState(initial.time);
  const [place, setPlace] = useState(initial.place);
  const [citizenPresent, setCitizenPresent] = useState<"yes" | "no" | "">(initial.citizenPresent);
  const [attendees, setAttendees] = useState<string[]>(initial.attendees);
  const [minutes, setMinutes] = useState("");
  const choose = (id: string) => {
    const chosen = planned.find((m) => m.meetingId === id);
    const prefill = prefillFrom(chosen, memberIds);
    setMeetingId(id);
    setDate(prefill.date);
    setTime(prefill.time);
    setPlace(prefill.place);
    setAttendees(prefill.attendees);
    setCitizenPresent(prefill.citizenPresent);
  };
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const record = useMutation(
    trpc.meetings.recordMeetingHeld.mutationOptions({
      onSuccess: (result) => {
        // The record is on the page now; the form starts afresh for the next meeting.
        setConfirming(false);
        setMinutes("");
        choose(UNPLANNED);
        commands.done(t("meetings.recorded"), result);
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
    if (at && at.getTime() > Date.now()) {
      // Say what to do: wait until it is held, or give the time it really was held.
      const planFor = plannedMeeting?.scheduledFor;
      found.push({
        fieldId: "held-date",
        message:
          planFor && planFor.getTime() > Date.now()
            ? t("meetings.errors.futurePlanned", { when: format.dateTime(planFor) })
            : t("meetings.errors.future"),
      });
    }
    if (effectiveKind === "collaboration" && !citizenPresent) {
      found.push({ fieldId: "citizen-present-yes", message: t("meetings.errors.citizenPresent") });
    }
    if (!MeetingPlaceSchema.safeParse(place).success) {
      found.push({ fieldId: "held-place", message: t("meetings.errors.place") });
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
          aria-describedby={plannedMeeting ? "held-meeting-hint" : undefined}
          onChange={(event) => choose(event.target.value)}
        >
          {planned.map((m) => (
            <option key={m.meetingId} value={m.meetingId}>
              {`${t(`meetingKind.${m.kind}`)}, ${m.scheduledFor ? format.dateTime(m.scheduledFor) : ""}`}
            </option>
          ))}
          <option value={UNPLANNED}>{t("meetings.unplanned")}</option>
        </select>
        {plannedMeeting && (
          <p className="hint" id="held-meeting-hint">
            {t("meetings.prefilled")}
          </p>
        )}
        {!plannedMeeting && (
          <ChoiceList
            type="radio"
            name="held-kind"
            legend={t("meetings.kind")}
            options={meetingKinds.map((k) => ({ value: k, label: t(`meetingKind.${k}`) }))}
            chosen={[kind]}
            onChange={([k]) => k && setKind(k)}
          />
        )}
        <DateFields
          id="held-date"
          legend={t("meetings.heldDate")}
          value={date}
          onChange={setDate}
          error={error("held-date")}
        />
        <TextField
          id="held-time"
          label={t("meetings.time")}
          hint={t("meetings.timeHint")}
          error={error("held-time")}
          inputMode="numeric"
          maxLength={5}
          value={time}
          onChange={setTime}
        />
        <TextField
          id="held-place"
          label={t("meetings.placeHeld")}
          hint={t("meetings.placeHeldHint")}
          error={error("held-place")}
          value={place}
          onChange={setPlace}
        />
        {effectiveKind === "collaboration" && (
          <ChoiceList
            type="radio"
            name="citizen-present"
            legend={t("meetings.wasCitizenThere")}
            error={error("citizen-present-yes")}
            options={(["yes", "no"] as const).map((answer) => ({
              value: answer,
              label: t(`meetings.${answer}`),
            }))}
            chosen={citizenPresent ? [citizenPresent] : []}
            onChange={([answer]) => answer && setCitizenPresent(answer)}
          />
        )}
        <ChoiceList
          type="checkbox"
          name="attendee"
          legend={t("meetings.whoAttended")}
          options={view.team.members.map((m) => ({ value: m.personId, label: m.name }))}
          chosen={attendees}
          onChange={setAttendees}
        />
        <TextField
          id="minutes"
          label={t("meetings.minutes")}
          hint={t("meetings.minutesHint")}
          error={error("minutes")}
          rows={6}
          value={minutes}
          onChange={setMinutes}
        />
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
                  place: place.trim() || null,
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
