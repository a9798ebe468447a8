import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../components/format";
import type { CaseDetail } from "./case-types";
import { ViewItemText } from "./view-item";

/** R7–R9: planned and held meetings; the record of a held one as far as consent reaches (R4). */
export function MeetingsSection(props: { detail: CaseDetail; children?: ReactNode }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { view } = props.detail;
  const names = new Map(
    [...view.team.members, ...view.team.formerMembers].map((m) => [m.personId, m.name]),
  );
  if (view.status !== "active" && view.status !== "closed" && view.meetings.length === 0) {
    return null;
  }
  const meetings = [...view.meetings].sort(
    (a, b) =>
      (b.heldAt ?? b.scheduledFor ?? new Date(0)).getTime() -
      (a.heldAt ?? a.scheduledFor ?? new Date(0)).getTime(),
  );
  return (
    <section aria-labelledby="meetings-title">
      <h2 id="meetings-title">{t("meetings.title")}</h2>
      {meetings.length === 0 ? (
        <p className="empty">{t("meetings.empty")}</p>
      ) : (
        <table>
          <caption className="visually-hidden">{t("meetings.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("meetings.when")}</th>
              <th scope="col">{t("meetings.kind")}</th>
              <th scope="col">{t("meetings.recordColumn")}</th>
            </tr>
          </thead>
          <tbody>
            {meetings.map((meeting) => (
              <tr key={meeting.meetingId}>
                <th scope="row">
                  {meeting.heldAt
                    ? format.dateTime(meeting.heldAt)
                    : meeting.scheduledFor
                      ? format.dateTime(meeting.scheduledFor)
                      : "—"}
                  <br />
                  <span className="badge">
                    {t(meeting.status === "held" ? "meetings.held" : "meetings.planned")}
                  </span>
                </th>
                <td>
                  {t(`meetingKind.${meeting.kind}`)}
                  <br />
                  <span className="muted">
                    {t(
                      !meeting.citizenInvited
                        ? "meetings.withoutCitizen"
                        : meeting.status === "held"
                          ? "meetings.citizenWasInvited"
                          : "meetings.citizenInvited",
                    )}
                  </span>
                  {meeting.place && (
                    <p>
                      {t("meetings.place")}: {meeting.place}
                    </p>
                  )}
                  {meeting.videoLink && (
                    <p>
                      {/* R7: only http(s) links are stored; opened away from the case page. */}
                      <a href={meeting.videoLink} target="_blank" rel="noopener noreferrer">
                        {t("meetings.videoLinkOpen")}
                        <span className="visually-hidden"> {t("meetings.newWindow")}</span>
                      </a>
                    </p>
                  )}
                  {meeting.invitedPersonIds.length > 0 && (
                    <p>
                      {t("meetings.invited")}:{" "}
                      {meeting.invitedPersonIds
                        .map((id) => names.get(id) ?? t("case.someone"))
                        .join(", ")}
                    </p>
                  )}
                </td>
                <td>
                  {meeting.record ? (
                    <ViewItemText item={meeting.record}>
                      {(record) => (
                        <>
                          <p>
                            {record.citizenPresent
                              ? t("meetings.citizenPresent")
                              : t("meetings.citizenAbsent")}
                          </p>
                          {record.attendeePersonIds.length > 0 && (
                            <p>
                              {t("meetings.attendees")}:{" "}
                              {record.attendeePersonIds
                                .map((id) => names.get(id) ?? t("case.someone"))
                                .join(", ")}
                            </p>
                          )}
                          {record.decisionMinutes && (
                            <p className="minutes">{record.decisionMinutes}</p>
                          )}
                        </>
                      )}
                    </ViewItemText>
                  ) : (
                    <span className="muted">
                      {meeting.scheduledFor &&
                      meeting.scheduledFor.getTime() <= view.at.getTime() &&
                      view.status === "active"
                        ? t("meetings.dueToRecord")
                        : t("meetings.notHeldYet")}
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {props.children}
    </section>
  );
}
