import { useTranslation } from "react-i18next";
import { formatters } from "./format";
import { SmallCount } from "./small-count";
import type { QuarterReviewData } from "./types";

/** "Since last quarter" in words: what got better, what got worse, what only moved. */
export function SinceLastQuarter(props: { data: QuarterReviewData }) {
  const { t, i18n } = useTranslation();
  const format = formatters(i18n.language, props.data.timeZone);
  const changes = props.data.sinceLastQuarter;
  const show = (figure: string, value: number) =>
    figure.endsWith("Share") ? (
      format.share(value)
    ) : figure.startsWith("days") ? (
      format.days(value)
    ) : (
      <SmallCount value={value} />
    );
  if (changes.length === 0) return <p>{t("since.nothing")}</p>;
  return (
    <ul className="since" data-testid="since-last-quarter">
      {changes.map((change) => (
        <li key={change.figure}>
          <strong className={`verdict verdict-${change.verdict}`}>
            {t(`since.${change.verdict}`)}:
          </strong>{" "}
          {t("since.went", { figure: t(`headlines.${change.figure}`) })}{" "}
          {show(change.figure, change.previous)} {t("since.to")}{" "}
          {show(change.figure, change.current)}.
        </li>
      ))}
    </ul>
  );
}
