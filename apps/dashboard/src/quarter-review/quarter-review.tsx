import { QueryError, useTRPC } from "@samstemt/ui";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { scopeFromUrl, useUrlState } from "../url-state";
import { CaseList } from "./case-list";
import { Controls } from "./controls";
import { FigureSections } from "./figure-sections";
import { formatters, quarterName } from "./format";
import { ReviewQuarter } from "./review-quarter";
import { SinceLastQuarter } from "./since-last-quarter";
import { TrendCharts } from "./trend-charts";
import type { FigureKey } from "./types";

/** R12: the quarter's figures for the leader's review meeting, from the quarter in the URL. */
export function QuarterReview(props: { quarterOverride?: string; compact?: boolean } = {}) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const [url] = useUrlState();
  const review = useQuery({
    ...trpc.dashboard.quarter.queryOptions(
      props.quarterOverride
        ? { quarter: props.quarterOverride, scope: { kind: "all" } }
        : { ...(url.quarter && { quarter: url.quarter }), scope: scopeFromUrl(url.scope) },
    ),
    placeholderData: keepPreviousData,
  });
  if (review.isPending) return <p>{t("loading")}</p>;
  if (review.isError)
    return <QueryError error={review.error} onRetry={() => void review.refetch()} />;
  const data = review.data;
  const format = formatters(i18n.language, data.timeZone);
  const scopeName =
    data.scope.kind === "all"
      ? t("review.scopeAll")
      : data.scope.kind === "organisation"
        ? data.scopes.organisation.name
        : (data.scopes.units.find((u) => data.scope.kind === "unit" && u.id === data.scope.unitId)
            ?.name ?? "");
  return (
    <ReviewQuarter.Provider value={data.quarter}>
      <div className="quarter-review" aria-busy={review.isFetching}>
        <h2 className="review-title" data-testid="review-title">
          {t("review.title", {
            quarter: quarterName(data.quarter, i18n.language),
            scope: scopeName,
          })}
        </h2>
        <p className="muted review-computed">
          {t("review.computed", { date: format.date(data.computedAt) })}
        </p>
        {!props.compact && <Controls data={data} scopeValue={url.scope} />}
        <section aria-labelledby="h-since">
          <h2 id="h-since">{t("sections.since")}</h2>
          <SinceLastQuarter data={data} />
        </section>
        {url.cases && !props.compact && (
          <CaseList data={data} figure={url.cases as FigureKey} closingReason={url.closingReason} />
        )}
        <FigureSections data={data} />
        <section aria-labelledby="h-trend" className="trend-section">
          <h2 id="h-trend">{t("sections.trend")}</h2>
          <TrendCharts data={data} />
        </section>
        <p className="print-only muted">{t("review.printNote")}</p>
      </div>
    </ReviewQuarter.Provider>
  );
}
