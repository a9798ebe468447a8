import { QueryError, useTRPC } from "@samstemt/ui";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useUrlState } from "../url-state";
import { formatters, quarterName } from "./format";
import type { FigureKey, QuarterReviewData } from "./types";

/**
 * The cases behind one figure (drill-down): the citizens' names are shown here, and the
 * server audits each one. Focus moves to the heading so a screen reader hears what opened.
 */
export function CaseList(props: {
  data: QuarterReviewData;
  figure: FigureKey;
  closingReason: string | null;
}) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const [, navigate] = useUrlState();
  const heading = useRef<HTMLHeadingElement>(null);
  const cases = useQuery(
    trpc.dashboard.cases.queryOptions({
      quarter: props.data.quarter,
      scope: props.data.scope,
      figure: props.figure,
      ...(props.closingReason && { closingReason: props.closingReason as "goal_reached" }),
    }),
  );
  useEffect(() => heading.current?.focus(), [props.figure, props.closingReason]);
  const format = formatters(i18n.language, props.data.timeZone);
  const title = t("review.casesHeading", {
    figure: t(`figures.${props.figure}`),
    quarter: quarterName(props.data.quarter, i18n.language),
  });
  return (
    <section className="card case-list" aria-labelledby="cases-heading" id="cases">
      <h2 id="cases-heading" ref={heading} tabIndex={-1}>
        {title}
        {props.closingReason && `: ${t(`closingReasons.${props.closingReason}`)}`}
      </h2>
      {cases.isPending ? (
        <p>{t("loading")}</p>
      ) : cases.isError ? (
        <QueryError error={cases.error} onRetry={() => void cases.refetch()} />
      ) : cases.data.cases.length === 0 ? (
        <p className="empty">{t("review.noCases")}</p>
      ) : (
        <table data-testid="drill-down">
          <caption>{t("review.casesCaption", { count: cases.data.cases.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("review.citizen")}</th>
              <th scope="col">{t("review.status")}</th>
              <th scope="col">{t("review.initiative")}</th>
              <th scope="col">{t("review.deadline")}</th>
              <th scope="col">{t("review.firstMeeting")}</th>
              <th scope="col">{t("review.coordinator")}</th>
              <th scope="col">{t("review.startedIn")}</th>
            </tr>
          </thead>
          <tbody>
            {cases.data.cases.map((row) => (
              <tr key={row.caseId}>
                <th scope="row">
                  <a href={`/sager/${row.caseId}`}>{row.citizenName}</a>
                </th>
                <td>{t(`status.${row.status}`)}</td>
                <td>{format.date(row.initiativeAt)}</td>
                <td>{format.date(row.deadlineAt)}</td>
                <td>
                  {row.firstMeetingAt ? format.date(row.firstMeetingAt) : t("review.notHeld")}
                </td>
                <td>{row.coordinatorName ?? t("review.noneYet")}</td>
                <td>{row.initiatorUnitName}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {cases.data && cases.data.cases.length >= cases.data.limit && (
        <p className="muted">{t("review.limited", { limit: cases.data.limit })}</p>
      )}
      <button
        type="button"
        className="link-button no-print"
        onClick={() => navigate({ cases: null, closingReason: null })}
      >
        {t("review.closeCases")}
      </button>
    </section>
  );
}
