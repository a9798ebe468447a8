import { type ReactNode, useContext } from "react";
import { useTranslation } from "react-i18next";
import { hrefFor, useUrlState } from "../url-state";
import { ReviewQuarter } from "./review-quarter";
import { SmallCount } from "./small-count";
import type { FigureKey } from "./types";

export interface FigureItem {
  figure: FigureKey;
  value: number;
  /** Words under the number, e.g. "3 af 4 sager". */
  note?: ReactNode;
  /** Shown instead of the count (a share), the count then goes in the note. */
  display?: ReactNode;
}

/** A figure that links to the cases behind it (the drill-down), when there are any. */
export function FigureLink(props: {
  figure: FigureKey;
  closingReason?: string;
  children: ReactNode;
}) {
  const [url, navigate] = useUrlState();
  const quarter = useContext(ReviewQuarter) ?? url.quarter;
  // From a meeting record too, the link opens the figures view for the record's quarter.
  const change = {
    view: "figures" as const,
    meeting: null,
    quarter,
    cases: props.figure,
    closingReason: props.closingReason ?? null,
  };
  return (
    <a
      href={hrefFor({ ...url, ...change })}
      onClick={(event) => {
        event.preventDefault();
        navigate(change);
      }}
    >
      {props.children}
    </a>
  );
}

/** Figures as a definition list: label, number (a link to its cases), a note. */
export function FigureList(props: { items: FigureItem[]; testId?: string }) {
  const { t } = useTranslation();
  return (
    <dl className="figures" data-testid={props.testId}>
      {props.items.map((item) => {
        const label = t(`figures.${item.figure}`);
        const number = item.display ?? <SmallCount value={item.value} />;
        return (
          <div className="figure" key={item.figure} data-figure={item.figure}>
            <dt>{label}</dt>
            <dd>
              {item.value > 0 ? (
                <FigureLink figure={item.figure}>
                  {number}
                  <span className="visually-hidden"> – {t("review.showCases")}</span>
                </FigureLink>
              ) : (
                number
              )}
            </dd>
            {item.note && <dd className="muted figure-note">{item.note}</dd>}
          </div>
        );
      })}
    </dl>
  );
}
