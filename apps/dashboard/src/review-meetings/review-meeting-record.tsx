import { QueryError, useTRPC } from "@samstemt/ui";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { quarterName } from "../quarter-review/format";
import { QuarterReview } from "../quarter-review/quarter-review";
import { useUrlState } from "../url-state";
import { formatIsoDate } from "./form-parts";

/**
 * One review meeting as it prints (A4): the follow-ups it took over at the top, who took
 * part, what was decided, what is to be followed up, and the quarter's figures after it.
 */
export function ReviewMeetingRecord(props: { meetingId: string }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const [, navigate] = useUrlState();
  const heading = useRef<HTMLHeadingElement>(null);
  const meeting = useQuery(
    trpc.dashboard.reviewMeetings.get.queryOptions({ meetingId: props.meetingId }),
  );
  const list = useQuery(trpc.dashboard.reviewMeetings.list.queryOptions());
  useEffect(() => heading.current?.focus(), [meeting.isSuccess]);
  if (meeting.isPending || list.isPending) return <p>{t("loading")}</p>;
  if (meeting.isError)
    return <QueryError error={meeting.error} onRetry={() => void meeting.refetch()} />;
  if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  const m = meeting.data;
  const date = (iso: string) => formatIsoDate(iso, i18n.language);
  // Follow-ups agreed before this meeting and still open, then those this meeting closed.
  const carried = [
    ...list.data.openFollowUps.filter((f) => f.agreedOn < m.heldOn && f.meetingId !== m.id),
    ...m.followUpsClosed,
  ];
  const organisations = [...new Set(m.participants.map((p) => p.organisationName))];
  return (
    <article className="meeting-record" aria-labelledby="meeting-heading">
      <div className="no-print actions">
        <button type="button" className="link-button" onClick={() => navigate({ meeting: null })}>
          {t("meetings.back")}
        </button>
        <button type="button" onClick={() => window.print()}>
          {t("meetings.print")}
        </button>
      </div>
      <h1 id="meeting-heading" ref={heading} tabIndex={-1}>
        {t("meetings.recordTitle", {
          date: date(m.heldOn),
          quarter: quarterName(m.quarter, i18n.language),
        })}
      </h1>
      <section aria-labelledby="carried-heading">
        <h2 id="carried-heading">{t("meetings.carried")}</h2>
        {carried.length === 0 ? (
          <p>{t("meetings.noneCarried")}</p>
        ) : (
          <table data-testid="carried-follow-ups">
            <caption className="visually-hidden">{t("meetings.carried")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("meetings.description")}</th>
                <th scope="col">{t("meetings.owner")}</th>
                <th scope="col">{t("meetings.due")}</th>
                <th scope="col">{t("meetings.state")}</th>
              </tr>
            </thead>
            <tbody>
              {carried.map((f) => (
                <tr key={f.id}>
                  <th scope="row">{f.description}</th>
                  <td>{f.ownerName}</td>
                  <td>{date(f.dueOn)}</td>
                  <td>
                    {f.closedInMeetingId === m.id
                      ? t("meetings.doneHere")
                      : t("meetings.stillOpen")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="participants-heading">
        <h2 id="participants-heading">{t("meetings.participants")}</h2>
        <p>{t("meetings.organisations", { organisations: organisations.join(", ") })}</p>
        <ul>
          {m.participants.map((p) => (
            <li key={p.personId}>
              {p.name}, {p.organisationName}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="decisions-heading">
        <h2 id="decisions-heading">{t("meetings.decisions")}</h2>
        <dl className="decisions">
          <div>
            <dt>{t("meetings.supervision")}</dt>
            <dd>{m.supervisionDecision}</dd>
          </div>
          <div>
            <dt>{t("meetings.evaluation")}</dt>
            <dd>{m.evaluationDecision}</dd>
          </div>
          <div>
            <dt>{t("meetings.other")}</dt>
            <dd>{m.otherDecisions || "–"}</dd>
          </div>
        </dl>
      </section>
      <section aria-labelledby="follow-ups-heading">
        <h2 id="follow-ups-heading">{t("meetings.agreedFollowUps")}</h2>
        {m.followUps.length === 0 ? (
          <p>{t("meetings.noFollowUps")}</p>
        ) : (
          <table data-testid="agreed-follow-ups">
            <caption className="visually-hidden">{t("meetings.agreedFollowUps")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("meetings.description")}</th>
                <th scope="col">{t("meetings.owner")}</th>
                <th scope="col">{t("meetings.due")}</th>
              </tr>
            </thead>
            <tbody>
              {m.followUps.map((f) => (
                <tr key={f.id}>
                  <th scope="row">{f.description}</th>
                  <td>{f.ownerName}</td>
                  <td>{date(f.dueOn)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="figures-heading" className="meeting-figures">
        <h2 id="figures-heading">
          {t("meetings.figures", { quarter: quarterName(m.quarter, i18n.language) })}
        </h2>
        <QuarterReview quarterOverride={m.quarter} compact />
      </section>
    </article>
  );
}
