import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

type Item<Content> =
  | { shown: true; content: Content }
  | { shown: false; recordedBy: { name: string | null } };

/**
 * One item about the citizen as this viewer gets it (R4): its content, or why it is held
 * back and whom to ask — never an empty space that looks like "nothing was written".
 */
export function ViewItemText<Content>(props: {
  item: Item<Content>;
  children: (content: Content) => ReactNode;
}) {
  const { t } = useTranslation();
  if (props.item.shown) return <>{props.children(props.item.content)}</>;
  return (
    <span className="muted">
      {t("case.withheld", { name: props.item.recordedBy.name ?? t("case.someone") })}
    </span>
  );
}
