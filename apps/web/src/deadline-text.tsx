import type { RouterOutputs } from "@samstemt/api";
import { DANISH_TIME_ZONE } from "@samstemt/domain";
import { useTranslation } from "react-i18next";

type Deadline = RouterOutputs["cases"]["mine"][number]["deadline"];

/** The R9 status in words and colour; the colour is never the only signal. */
export function DeadlineText({ deadline }: { deadline: Deadline }) {
  const { t, i18n } = useTranslation();
  if (!deadline) return <span className="muted">{t("deadline.none")}</span>;
  const date = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: "medium",
    timeZone: DANISH_TIME_ZONE,
  }).format(deadline.deadline);
  const { state, daysLeft } = deadline;
  const text =
    state === "open"
      ? daysLeft === 0
        ? t("deadline.today")
        : t("deadline.open", { count: daysLeft })
      : state === "overdue"
        ? t("deadline.overdue", { count: -daysLeft })
        : t(`deadline.${state}`);
  const className = deadline.approaching ? "state-soon" : `state-${state}`;
  return (
    <span className={className}>
      {deadline.approaching && (
        <>
          <strong>{t("deadline.approaching")}</strong>
          <br />
        </>
      )}
      {text}
      <br />
      <span className="muted">{date}</span>
    </span>
  );
}
