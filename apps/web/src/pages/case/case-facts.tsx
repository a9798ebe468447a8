import { exclusionAlternativeLabels, initiativeReasonLabels } from "@samstemt/domain/labels";
import { useTranslation } from "react-i18next";
import { DeadlineText } from "../../components/deadline-text";
import { useFormat } from "../../components/format";
import type { CaseDetail } from "./case-types";
import { ViewItemText } from "./view-item";

/**
 * R10/R11: the meeting frequency the newest agreement sets, if this viewer may read the
 * agreement's content (R4); the organisational agreement first, as the domain counts it.
 */
function agreedFrequency(view: CaseDetail["view"]) {
  for (const kind of ["organisational", "citizen"] as const) {
    const newest = view.agreements[kind].at(-1);
    if (newest?.content.shown && newest.content.content.meetingFrequency) {
      return newest.content.content.meetingFrequency;
    }
  }
  return null;
}

/** The facts at the top of every part of the case page: deadline, coordinator, initiative, next meeting. */
export function CaseFacts({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { view, deadlineApproaching, nextMeeting } = detail;
  const coordinator = view.team.members.find((member) => member.coordinator);
  const frequency = agreedFrequency(view);
  const deadlineClass =
    view.deadline?.state === "overdue"
      ? "deadline-overdue"
      : deadlineApproaching
        ? "deadline-warning"
        : undefined;
  return (
    <dl className="facts">
      <div className={deadlineClass}>
        <dt>{t("case.deadline")}</dt>
        <dd>
          {view.deadline ? (
            <DeadlineText deadline={view.deadline} approaching={deadlineApproaching} />
          ) : (
            <span className="muted">{t("case.noDeadline")}</span>
          )}
        </dd>
      </div>
      <div>
        <dt>{t("case.coordinator")}</dt>
        <dd>
          {coordinator ? (
            <>
              {coordinator.name}
              <br />
              <span className="muted">{coordinator.role}</span>
            </>
          ) : (
            <span className="muted">{t("myCases.noCoordinator")}</span>
          )}
        </dd>
      </div>
      <div>
        <dt>{t("case.initiative")}</dt>
        <dd>
          {format.date(view.initiative.initiativeAt)}
          <br />
          <span className="muted">
            {t("case.by", { name: view.initiative.initiator.name ?? t("case.someone") })}
          </span>
        </dd>
      </div>
      {nextMeeting && (
        <div className={nextMeeting.overdue ? "deadline-overdue" : undefined}>
          <dt>{t("case.nextMeeting")}</dt>
          <dd>
            {nextMeeting.due ? (
              <>
                {nextMeeting.overdue && <strong>{t("case.nextMeetingOverdue")} </strong>}
                {format.date(nextMeeting.due)}
              </>
            ) : (
              t("case.noFrequency")
            )}
            <br />
            <span className="muted">{t(`case.nextMeetingBasis.${nextMeeting.basis}`)}</span>
            {frequency && (
              <>
                <br />
                {t(`case.frequency.${frequency.unit}`, { count: frequency.every })}
              </>
            )}
          </dd>
        </div>
      )}
    </dl>
  );
}

/**
 * The overview's account of the case: R3/R5 outcomes said in words, and why the citizen is in
 * the model and what they think of it (as far as consent reaches, R4).
 */
export function CaseAbout({ detail }: { detail: CaseDetail }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const language = i18n.language === "en" ? "en" : "da";
  const { view } = detail;
  return (
    <>
      {view.exclusion && (
        <section className="notice" aria-labelledby="exclusion-title">
          <h2 id="exclusion-title">{t("case.excludedTitle")}</h2>
          <p>{t("case.excludedText")}</p>
          <ul>
            {view.exclusion.alternatives.map((alternative) => (
              <li key={alternative}>{exclusionAlternativeLabels[alternative][language]}</li>
            ))}
          </ul>
        </section>
      )}
      {view.endorsement?.decision === "declined" && (
        <section className="notice" aria-labelledby="declined-title">
          <h2 id="declined-title">{t("case.declinedTitle")}</h2>
          <p>
            {t("case.declinedBy", {
              name: view.endorsement.decidedBy.name ?? t("case.someone"),
              date: format.date(view.endorsement.decidedAt),
            })}
          </p>
          {view.endorsement.reason && (
            <ViewItemText item={view.endorsement.reason}>
              {(reason) => <p className="typed-text">{reason}</p>}
            </ViewItemText>
          )}
        </section>
      )}
      {/* R5: the leader's remark when endorsing stays on the case, for the team to read. */}
      {view.endorsement?.decision === "endorsed" && view.endorsement.reason && (
        <section className="panel" aria-labelledby="endorsed-title">
          <h2 id="endorsed-title">{t("case.endorsedTitle")}</h2>
          <p>
            {t("case.endorsedBy", {
              name: view.endorsement.decidedBy.name ?? t("case.someone"),
              date: format.date(view.endorsement.decidedAt),
            })}
          </p>
          <ViewItemText item={view.endorsement.reason}>
            {(remark) => <p className="typed-text">{remark}</p>}
          </ViewItemText>
        </section>
      )}
      <h2>{t("case.about")}</h2>
      <dl className="summary-list about">
        <div>
          <dt>{t("initiative.reasons")}</dt>
          <dd>
            <ViewItemText item={view.initiative.reasons}>
              {(reasons) => (
                <>
                  {reasons.categories
                    .map((category) => initiativeReasonLabels[category][language])
                    .join(", ")}
                  {reasons.text && <p className="typed-text">{reasons.text}</p>}
                </>
              )}
            </ViewItemText>
          </dd>
          <dd />
        </div>
        <div>
          <dt>{t("initiative.stance")}</dt>
          <dd>
            <ViewItemText item={view.citizenStance}>
              {(stance) => (
                <>
                  {t(`stance.${stance.stance}`)}
                  {stance.note && <p className="typed-text">{stance.note}</p>}
                </>
              )}
            </ViewItemText>
          </dd>
          <dd />
        </div>
      </dl>
    </>
  );
}
