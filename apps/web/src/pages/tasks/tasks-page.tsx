import type { RouterOutputs } from "@samstemt/api";
import { agreementTitles } from "@samstemt/domain/labels";
import { QueryError, useTRPC } from "@samstemt/ui";
import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { DeadlineText } from "../../components/deadline-text";
import { useFormat } from "../../components/format";
import { PageHeading } from "../../layout/page-heading";
import { useSignedInUser } from "../../layout/signed-in-user";
import { useOrganisations } from "../case/use-organisation-names";
import { Invitations } from "./invitations";

type CaseTask = RouterOutputs["tasks"]["mine"]["caseTasks"][number];

/**
 * `/`, "Mine opgaver": one line per thing that waits for the person — what, for which
 * citizen, by when — linking straight to where it is done. Overdue and nearest deadline
 * first; invitations to the leader's organisation are answered right here (R6).
 */
export function TasksPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const user = useSignedInUser();
  const tasks = useQuery(trpc.tasks.mine.queryOptions());

  return (
    <>
      <PageHeading title={t("tasks.title")}>{t("tasks.title")}</PageHeading>
      {user.role === "leader" && <Invitations organisationName={user.organisationName} />}
      {tasks.isPending && <p aria-live="polite">{t("loading")}</p>}
      {tasks.isError && <QueryError error={tasks.error} onRetry={() => void tasks.refetch()} />}
      {tasks.data && (
        <section aria-labelledby="case-tasks-title">
          <h2 id="case-tasks-title">{t("tasks.caseTasks")}</h2>
          {tasks.data.caseTasks.length === 0 ? (
            <p className="empty">
              {t("tasks.empty")} <Link to="/ny">{t("tasks.emptyAction")}</Link>
            </p>
          ) : (
            <ul className="task-list">
              {tasks.data.caseTasks.map((task) => (
                <TaskLine
                  key={`${task.kind}-${task.agreement ?? ""}-${task.caseId}-${task.meetingAt?.getTime() ?? ""}-${task.since?.getTime() ?? ""}-${task.until?.getTime() ?? ""}`}
                  task={task}
                />
              ))}
            </ul>
          )}
        </section>
      )}
    </>
  );
}

function TaskLine({ task }: { task: CaseTask }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const organisations = useOrganisations();
  const what =
    task.kind === "initiative_outcome"
      ? t(`tasks.kind.initiative_outcome_${task.decision ?? "endorsed"}`)
      : task.kind === "deadline" && task.deadline?.state === "overdue"
        ? t("tasks.kind.deadline_overdue")
        : task.kind === "acknowledge_change_notice" && task.contentWithheld
          ? t("consentGate.taskNoticeTold", { since: task.since ? format.date(task.since) : "" })
          : t(`tasks.kind.${task.kind}`, {
              date: task.meetingAt ? format.dateTime(task.meetingAt) : "",
              since: task.since ? format.date(task.since) : "",
              until: task.until ? format.date(task.until) : "",
              title: task.agreement
                ? agreementTitles[task.agreement][i18n.language === "en" ? "en" : "da"]
                : "",
            });
  // Straight to the part of the case page where the task is done.
  const part =
    task.kind === "acknowledge_change_notice"
      ? "/sager/$caseId/aendringer"
      : task.kind === "consent_lapsing"
        ? "/sager/$caseId/samtykke"
        : task.kind === "plan_meeting" || task.kind === "record_meeting" || task.kind === "deadline"
          ? "/sager/$caseId/moeder"
          : "/sager/$caseId";
  return (
    <li>
      <div>
        <p>
          {task.agreement ? (
            <Link
              to="/sager/$caseId/aftaler/$kind"
              params={{ caseId: task.caseId, kind: task.agreement }}
            >
              {what}
              <span className="visually-hidden"> – {task.citizenName}</span>
            </Link>
          ) : (
            <Link to={part} params={{ caseId: task.caseId }}>
              {what}
              <span className="visually-hidden"> – {task.citizenName}</span>
            </Link>
          )}
        </p>
        <p>
          <strong>{task.citizenName}</strong>
        </p>
        {/* R4: what the citizen's consent keeps from this person, and what that means here. */}
        {task.kind === "acknowledge_change_notice" && task.contentWithheld && (
          <p className="muted">{t("consentGate.taskNoticeToldHint")}</p>
        )}
        {task.waitsForConsentCovering.length > 0 && (
          <p className="muted">
            {t("consentGate.taskSignWaits", {
              organisations: task.waitsForConsentCovering
                .map((id) => organisations.name(id))
                .join(t("consentGate.and")),
            })}
          </p>
        )}
      </div>
      {task.deadline && (
        <p>
          <DeadlineText deadline={task.deadline} approaching={task.deadline.approaching} />
        </p>
      )}
    </li>
  );
}
