import { civilDate, type DateParts, danishInstant, useTRPC } from "@samstemt/ui";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { StepError } from "../../components/confirm";
import { DateFields } from "../../components/date-fields";
import { ErrorSummary, type FieldError } from "../../components/error-summary";
import { useFormat } from "../../components/format";
import { TextField } from "../../components/text-field";
import { useCaseCommands } from "./case-command";
import type { CaseDetail } from "./case-types";
import { useOrganisations } from "./use-organisation-names";
import { ViewItemText } from "./view-item";

const DAY_MS = 86_400_000;

/**
 * R13: changes in a partner's intervention — what changed (as far as consent reaches, R4),
 * who has not yet acknowledged it and for how long; acknowledging and notifying a change.
 */
export function ChangeNoticesSection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { view, actions } = detail;
  if (view.status !== "active" && view.changeNotices.length === 0) return null;
  const names = new Map(
    [...view.team.members, ...view.team.formerMembers].map((m) => [m.personId, m.name]),
  );
  const name = (id: string) => names.get(id) ?? t("case.someone");
  const notices = [...view.changeNotices].sort(
    (a, b) =>
      b.description.recordedBy.recordedAt.getTime() - a.description.recordedBy.recordedAt.getTime(),
  );
  return (
    <section aria-labelledby="notices-title" id="aendringer">
      <h2 id="notices-title">{t("notices.title")}</h2>
      <p className="muted">{t("notices.intro")}</p>
      {notices.length === 0 ? (
        <p className="empty">{t("notices.none")}</p>
      ) : (
        <ul className="plain-list">
          {notices.map((notice) => {
            const since = notice.description.recordedBy.recordedAt;
            const waiting = notice.recipients.filter((r) => r.acknowledgedAt === null);
            const done = notice.recipients.filter((r) => r.acknowledgedAt !== null);
            const days = Math.floor((view.at.getTime() - since.getTime()) / DAY_MS);
            return (
              <li key={notice.noticeId} className="panel">
                <p>
                  <strong>
                    {t("notices.from", {
                      name: notice.description.recordedBy.name ?? t("case.someone"),
                      date: format.dateTime(since),
                    })}
                  </strong>
                  {notice.effectiveFrom && (
                    <>
                      <br />
                      {t("notices.effective", { date: format.date(notice.effectiveFrom) })}
                    </>
                  )}
                </p>
                {notice.description.shown ? (
                  <p className="minutes">
                    <ViewItemText item={notice.description}>{(text) => text}</ViewItemText>
                  </p>
                ) : (
                  <NoticeTold view={view} recordedBy={notice.description.recordedBy} />
                )}
                {waiting.length === 0 ? (
                  <p>{t("notices.allAcknowledged")}</p>
                ) : (
                  <>
                    <p>{t("notices.waiting")}</p>
                    <ul>
                      {waiting.map((r) => (
                        <li key={r.personId}>
                          {days < 1
                            ? t("notices.waitingForToday", { name: name(r.personId) })
                            : t("notices.waitingFor", { name: name(r.personId), count: days })}
                        </li>
                      ))}
                    </ul>
                  </>
                )}
                {done.length > 0 && (
                  <p className="muted">
                    {t("notices.acknowledgedBy", {
                      names: done.map((r) => name(r.personId)).join(", "),
                    })}
                  </p>
                )}
                {actions.acknowledgeNoticeIds.includes(notice.noticeId) && (
                  <Acknowledge noticeId={notice.noticeId} told={!notice.description.shown} />
                )}
              </li>
            );
          })}
        </ul>
      )}
      {actions.recordChangeNotice && <RecordChangeNotice />}
    </section>
  );
}

/**
 * R4/R13: a change notice whose text the consent keeps from this viewer: that a partner
 * changed its intervention, and whom to ask — the team's own details — never the text.
 */
function NoticeTold(props: {
  view: CaseDetail["view"];
  recordedBy: { personId: string; name: string | null; organisationId: string };
}) {
  const { t } = useTranslation();
  const organisations = useOrganisations();
  const member = props.view.team.members.find((m) => m.personId === props.recordedBy.personId);
  const name = props.recordedBy.name ?? member?.name ?? t("case.someone");
  const contact = [member?.contact.phone, member?.contact.email, member?.contact.other]
    .filter(Boolean)
    .join(", ");
  return (
    <>
      <p>
        {t("consentGate.noticeTold", {
          name,
          organisation: organisations.name(props.recordedBy.organisationId),
        })}
      </p>
      <p>
        {contact
          ? t("consentGate.noticeAsk", { name, contact })
          : t("consentGate.noticeAskNoContact", { name })}
      </p>
    </>
  );
}

function Acknowledge(props: { noticeId: string; told: boolean }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const commands = useCaseCommands();
  const [failure, setFailure] = useState<string | null>(null);
  const acknowledge = useMutation(
    trpc.changeNotices.acknowledgeChangeNotice.mutationOptions({
      onSuccess: (result) =>
        commands.done(
          t(props.told ? "consentGate.acknowledgedTold" : "notices.acknowledged"),
          result,
        ),
      onError: (error) => setFailure(commands.failed(error)),
    }),
  );
  return (
    <>
      <StepError message={failure} />
      <button
        type="button"
        disabled={acknowledge.isPending}
        onClick={() =>
          acknowledge.mutate({
            caseId: commands.caseId,
            expectedVersion: commands.version,
            payload: { noticeId: props.noticeId },
          })
        }
      >
        {t(props.told ? "consentGate.acknowledgeTold" : "notices.acknowledge")}
      </button>
    </>
  );
}

const emptyDate: DateParts = { day: "", month: "", year: "" };

function RecordChangeNotice() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const commands = useCaseCommands();
  const [description, setDescription] = useState("");
  const [effective, setEffective] = useState<DateParts>(emptyDate);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const record = useMutation(
    trpc.changeNotices.recordInterventionChange.mutationOptions({
      onSuccess: (result) => {
        setDescription("");
        setEffective(emptyDate);
        commands.done(t("notices.recorded"), result);
      },
      onError: (error) => setFailure(commands.failed(error)),
    }),
  );
  const error = (id: string) => errors.find((e) => e.fieldId === id)?.message;
  return (
    <section aria-labelledby="record-notice-title" className="panel">
      <ErrorSummary errors={errors} attempt={attempt} />
      <h3 id="record-notice-title">{t("notices.recordTitle")}</h3>
      <StepError message={failure} />
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const found: FieldError[] = [];
          if (description.trim() === "") {
            found.push({
              fieldId: "notice-description",
              message: t("notices.descriptionRequired"),
            });
          }
          const hasDate = Object.values(effective).some((part) => part.trim() !== "");
          const day = hasDate ? civilDate(effective) : null;
          if (hasDate && !day) {
            found.push({ fieldId: "notice-effective", message: t("notices.effectiveInvalid") });
          }
          setErrors(found);
          setAttempt((n) => n + 1);
          if (found.length > 0) return;
          setFailure(null);
          record.mutate({
            caseId: commands.caseId,
            expectedVersion: commands.version,
            payload: {
              noticeId: crypto.randomUUID(),
              description: description.trim(),
              effectiveFrom: day ? danishInstant(day, 0, 0) : null,
            },
          });
        }}
      >
        <TextField
          id="notice-description"
          label={t("notices.description")}
          error={error("notice-description")}
          rows={4}
          value={description}
          onChange={setDescription}
        />
        <DateFields
          id="notice-effective"
          legend={t("notices.effectiveLegend")}
          value={effective}
          onChange={setEffective}
          error={error("notice-effective")}
        />
        <button type="submit" disabled={record.isPending}>
          {t("notices.record")}
        </button>
      </form>
    </section>
  );
}
