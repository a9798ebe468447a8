import { useTranslation } from "react-i18next";

/** Below this many cases a figure is printed as "< 5", so no citizen can be recognised on paper. */
export const SMALL_FIGURE = 5;

/**
 * A count: the number on screen; "< 5" for 1–4 in print and exports. With `words` (a text key
 * with i18next's plural forms, `_one`/`_other`), the count is followed by its noun in the
 * form the shown number needs: "1 samarbejdsmøde holdt", "3 samarbejdsmøder holdt", and in
 * print "< 5 samarbejdsmøder holdt".
 */
export function SmallCount(props: { value: number; words?: string }) {
  const { t, i18n } = useTranslation();
  const words = (count: number) => (props.words ? ` ${t(props.words, { count })}` : "");
  const text = props.value.toLocaleString(i18n.language) + words(props.value);
  if (props.value === 0 || props.value >= SMALL_FIGURE) return <>{text}</>;
  return (
    <>
      <span className="screen-only">{text}</span>
      <span className="print-only">
        &lt; {SMALL_FIGURE}
        {words(SMALL_FIGURE)}
      </span>
    </>
  );
}
