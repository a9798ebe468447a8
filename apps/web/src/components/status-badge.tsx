import type { CaseStatus } from "@samstemt/domain";
import { useTranslation } from "react-i18next";

/** A case's status as a badge: always its words, the colour only repeats them. */
export function StatusBadge({ status }: { status: CaseStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge-${status}`}>{t(`status.${status}`)}</span>;
}
