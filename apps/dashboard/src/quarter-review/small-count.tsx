import { useTranslation } from "react-i18next";

/** Below this many cases a figure is printed as "< 5", so no citizen can be recognised on paper. */
export const SMALL_FIGURE = 5;

/** A count: the number on screen; "< 5" for 1–4 in print and exports. */
export function SmallCount(props: { value: number }) {
  const { i18n } = useTranslation();
  const text = props.value.toLocaleString(i18n.language);
  if (props.value === 0 || props.value >= SMALL_FIGURE) return <>{text}</>;
  return (
    <>
      <span className="screen-only">{text}</span>
      <span className="print-only">&lt; {SMALL_FIGURE}</span>
    </>
  );
}
