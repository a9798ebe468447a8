import { type ReactNode, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";

/** Which page's heading should take focus when it appears (set by the layout on navigation). */
let pendingPath: string | null = null;
export const headingFocus = {
  request(path: string) {
    pendingPath = path;
  },
};

/**
 * A page's one `<h1>`. It names the page in the browser's title too, and takes focus after
 * a navigation so a screen reader starts reading the new page (WCAG 2.4.2, 2.4.3).
 */
export function PageHeading(props: { children: ReactNode; title: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${props.title} – ${t("appName")}`;
  }, [props.title, t]);
  useEffect(() => {
    if (pendingPath !== null && pendingPath === window.location.pathname) {
      pendingPath = null;
      // An error summary above the heading, when there is one, has taken focus itself.
      if (!document.querySelector(".error-summary")) ref.current?.focus();
    }
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {props.children}
    </h1>
  );
}
