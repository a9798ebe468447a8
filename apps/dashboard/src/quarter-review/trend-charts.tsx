import { useTranslation } from "react-i18next";
import { Bar, BarChart, CartesianGrid, Line, LineChart, XAxis, YAxis } from "recharts";
import { formatters, quarterName } from "./format";
import { SmallCount } from "./small-count";
import type { HeadlineRow, QuarterReviewData } from "./types";

type Headline = Exclude<keyof HeadlineRow, "quarter">;
const charts: { figure: Headline; kind: "count" | "share" | "days" }[] = [
  { figure: "registered", kind: "count" },
  { figure: "activated", kind: "count" },
  { figure: "metShare", kind: "share" },
  { figure: "daysToFirstMeeting", kind: "days" },
  { figure: "citizenPresentShare", kind: "share" },
  { figure: "closed", kind: "count" },
];

/** Room on the left for the first slanted quarter ("1. kvt. 2025") under the axis. */
const chartMargin = { top: 5, right: 12, bottom: 5, left: 24 };

/**
 * The headline figures over the last eight quarters: a chart for the eye, and beside it a
 * table with the same numbers for screen readers, keyboard users and print.
 */
export function TrendCharts(props: { data: QuarterReviewData }) {
  const { t, i18n } = useTranslation();
  const format = formatters(i18n.language, props.data.timeZone);
  const rows = props.data.trend.map((row) => ({
    ...row,
    label: quarterName(row.quarter, i18n.language, "short"),
  }));
  return (
    <div className="trend-grid">
      {charts.map(({ figure, kind }) => {
        const title = t(`headlines.${figure}`);
        const show = (value: number | null) =>
          kind === "share"
            ? format.share(value)
            : kind === "days"
              ? format.days(value)
              : String(value ?? "–");
        const chartRows = rows.map((row) => ({
          label: row.label,
          value:
            row[figure] === null
              ? null
              : kind === "share"
                ? Math.round((row[figure] as number) * 100)
                : row[figure],
        }));
        const last = rows.at(-1);
        return (
          <figure className="trend" key={figure} aria-labelledby={`trend-${figure}`}>
            <figcaption id={`trend-${figure}`}>
              <h3>{title}</h3>
            </figcaption>
            <div
              className="trend-chart"
              role="img"
              aria-label={t("review.chartLabel", {
                figure: title,
                value: show(last ? (last[figure] as number | null) : null),
              })}
            >
              {kind === "count" ? (
                <BarChart width={360} height={196} data={chartRows} margin={chartMargin}>
                  <CartesianGrid stroke="#c9d1da" vertical={false} />
                  <XAxis
                    dataKey="label"
                    tick={{ fontSize: 11, fill: "#1b1f24" }}
                    interval={0}
                    angle={-35}
                    height={56}
                    textAnchor="end"
                  />
                  <YAxis
                    allowDecimals={false}
                    width={32}
                    tick={{ fontSize: 11, fill: "#1b1f24" }}
                  />
                  <Bar dataKey="value" fill="#0b4f71" isAnimationActive={false} />
                </BarChart>
              ) : (
                <LineChart width={360} height={196} data={chartRows} margin={chartMargin}>
                  <CartesianGrid stroke="#c9d1da" vertical={false} />
                  <XAxis
                    dataKey="label"
                    tick={{ fontSize: 11, fill: "#1b1f24" }}
                    interval={0}
                    angle={-35}
                    height={56}
                    textAnchor="end"
                  />
                  <YAxis
                    width={32}
                    tick={{ fontSize: 11, fill: "#1b1f24" }}
                    unit={kind === "share" ? "%" : ""}
                    domain={kind === "share" ? [0, 100] : [0, "auto"]}
                  />
                  <Line
                    dataKey="value"
                    stroke="#0b4f71"
                    strokeWidth={2}
                    connectNulls={false}
                    isAnimationActive={false}
                  />
                </LineChart>
              )}
            </div>
            <table className="trend-table">
              <caption>{t("review.trendTableCaption", { figure: title })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("review.quarter")}</th>
                  <th scope="col">{title}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.quarter}>
                    <th scope="row">{quarterName(row.quarter, i18n.language)}</th>
                    <td>
                      {kind === "count" ? (
                        <SmallCount value={row[figure] as number} />
                      ) : (
                        show(row[figure] as number | null)
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </figure>
        );
      })}
    </div>
  );
}
