import { QueryError, useTRPC } from "@samstemt/ui";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { quarterName } from "../quarter-review/format";
import { hrefFor, useUrlState } from "../url-state";
import { formatIsoDate } from "./form-parts";
import { ReviewMeetingForm } from "./review-meeting-form";
import { ReviewMeetingRecord } from "./review-meeting-record";

/** R12: the leaders' meetings — open follow-ups first, a form for the next, the earlier ones. */
export function ReviewMeetingsPage(props: { meId: string }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const [url, navigate] = useUrlState();
  const list = useQuery(trpc.dashboard.reviewMeetings.list.queryOptions());
  const review = useQuery(trpc.dashboard.quarter.queryOptions({ scope: { kind: "all" } }));
  if (url.meeting) return <ReviewMeetingRecord meetingId={url.meeting} />;
  if (list.isPending || review.isPending) return <p>{t("loading")}</p>;
  if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  if (review.isError)
    return <QueryError error={review.error} onRetry={() => void review.refetch()} />;
  const date = (iso: string) => formatIsoDate(iso, i18n.language);
  return (
    <>
      <h1>{t("meetings.title")}</h1>
      <section aria-labelledby="open-heading">
        <h2 id="open-heading">{t("meetings.openHeading")}</h2>
        {list.data.openFollowUps.length === 0 ? (
          <p className="empty">{t("meetings.noOpen")}</p>
        ) : (
          <table data-testid="open-follow-ups">
            <caption className="visually-hidden">{t("meetings.openHeading")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("meetings.description")}</th>
                <th scope="col">{t("meetings.owner")}</th>
                <th scope="col">{t("meetings.due")}</th>
                <th scope="col">{t("meetings.agreedOn")}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.openFollowUps.map((f) => (
                <tr key={f.id}>
                  <th scope="row">{f.description}</th>
                  <td>{f.ownerName}</td>
                  <td>{date(f.dueOn)}</td>
                  <td>{date(f.agreedOn)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <ReviewMeetingForm
        data={list.data}
        quarters={review.data.selectableQuarters}
        meId={props.meId}
      />
      <section aria-labelledby="earlier-heading">
        <h2 id="earlier-heading">{t("meetings.earlier")}</h2>
        {list.data.meetings.length === 0 ? (
          <p className="empty">{t("meetings.noMeetings")}</p>
        ) : (
          <ul>
            {list.data.meetings.map((m) => (
              <li key={m.id}>
                <a
                  href={hrefFor({ ...url, meeting: m.id })}
                  onClick={(event) => {
                    event.preventDefault();
                    navigate({ meeting: m.id });
                  }}
                >
                  {t("meetings.recordTitle", {
                    date: date(m.heldOn),
                    quarter: quarterName(m.quarter, i18n.language),
                  })}
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
