import type { DeadlineStatus } from "@samstemt/domain";
import { useTranslation } from "react-i18next";
import { useFormat } from "./format";

/**
 * The R9 status in words and colour; the colour is never the only signal: within seven days
 * it says "Frist nærmer sig", and a passed deadline says how many days ago.
 */
export function DeadlineText(props: { deadline: DeadlineStatus | null; approaching: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { deadline, approaching } = props;
  if (!deadline) return <span className="muted">{t("deadline.none")}</span>;
  const { state, daysLeft } = deadline;
  const text =
    state === "open"
      ? daysLeft === 0
        ? t("deadline.today")
        : t("deadline.open", { count: daysLeft })
      : state === "overdue"
        ? t("deadline.overdue", { count: -daysLeft })
        : t(`deadline.${state}`);
  const className = approaching ? "state-soon" : `state-${state}`;
  return (
    <span className={className}>
      {approaching && (
        <>
          <strong>{t("deadline.approaching")}</strong>
          <br />
        </>
      )}
      {text}
      <br />
      <span className="muted">{format.date(deadline.deadline)}</span>
    </span>
  );
}
